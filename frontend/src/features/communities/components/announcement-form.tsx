import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '@/components/ui/field';
import { SuccessStatus } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { announcementInputSchema, useCreateAnnouncement, type AnnouncementInput } from '../api/create-post';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** Moderators announce; members comment underneath. */
export function AnnouncementForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const form = useForm<AnnouncementInput>({ resolver: zodResolver(announcementInputSchema), defaultValues: { title: '', body: '' } });
  const announce = useCreateAnnouncement(communityId);
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="form"
      onSubmit={form.handleSubmit((values) => {
        if (!announce.isPending) announce.mutate(values, { onSuccess: () => form.reset() });
      })}
    >
      <ProblemAlert error={announce.error} />
      <SuccessStatus>{announce.isSuccess ? t('announce.done') : null}</SuccessStatus>
      <TextField label={t('announce.title')} maxLength={200} error={errors.title?.message} registration={form.register('title')} />
      <Field label={t('announce.body')} error={errors.body?.message}>
        {(control) => <textarea rows={4} maxLength={5000} {...control} {...form.register('body')} />}
      </Field>
      <SubmitButton pending={announce.isPending} pendingLabel={t('announce.pending')}>
        {t('announce.submit')}
      </SubmitButton>
    </form>
  );
}
