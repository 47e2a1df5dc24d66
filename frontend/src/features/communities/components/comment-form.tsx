import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { commentInputSchema, useCreateComment, type CommentInput } from '../api/create-post';
import { ProblemAlert } from '@/components/ui/problem-alert';

export function CommentForm({ communityId, announcementId, title }: { communityId: string; announcementId: string; title: string }) {
  const { t } = useTranslation('communities');
  const form = useForm<CommentInput>({ resolver: zodResolver(commentInputSchema), defaultValues: { body: '' } });
  const comment = useCreateComment(communityId, announcementId);
  return (
    <form
      noValidate
      className="form comment-form"
      onSubmit={form.handleSubmit((values) => {
        if (!comment.isPending) comment.mutate(values, { onSuccess: () => form.reset() });
      })}
    >
      <ProblemAlert error={comment.error} />
      <Field label={t('comment.label')} error={form.formState.errors.body?.message}>
        {(control) => <textarea rows={2} maxLength={5000} {...control} {...form.register('body')} />}
      </Field>
      <SubmitButton pending={comment.isPending} pendingLabel={t('comment.pending')}>
        {t('comment.submit')}
        <span className="visually-hidden">: {title}</span>
      </SubmitButton>
    </form>
  );
}
