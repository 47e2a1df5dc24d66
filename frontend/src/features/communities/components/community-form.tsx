import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, RadioGroup, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { RegionOptions, type RegionOption } from '@/components/ui/place-options';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { errorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';
import { JOIN_POLICIES, type Community } from '../api/get-communities';
import { communityInputSchema, useCreateCommunity, type CommunityFormValues, type CommunityInput } from '../api/save-community';

const FIELDS = ['name', 'description', 'regionCode', 'joinPolicy'] as const;

/** A new community; she becomes its first moderator. Managers and administrators. */
export function CommunityForm({ regions, onCreated }: { regions: RegionOption[]; onCreated: (community: Community) => void }) {
  const { t } = useTranslation('communities');
  const form = useForm<CommunityFormValues, unknown, CommunityInput>({
    resolver: zodResolver(communityInputSchema),
    defaultValues: { name: '', description: '', regionCode: '', joinPolicy: 'OPEN' },
  });
  const create = useCreateCommunity({
    onSuccess: (community) => {
      form.reset();
      onCreated(community);
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (create.isPending) return;
    create.mutate(values, {
      onError: (error) => {
        applyFieldErrors(error, form.setError, FIELDS);
        // The API's own key, which the shared problems do not know.
        if (error instanceof ApiError && error.messageKey === 'community.name-taken') {
          form.setError('name', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
        }
      },
    });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      {!(create.error instanceof ApiError && create.error.messageKey === 'community.name-taken') && <FormError error={create.error} fields={FIELDS} />}
      <TextField label={t('form.name')} maxLength={120} error={errors.name?.message} registration={form.register('name')} />
      <Field label={t('form.description')} hint={t('form.descriptionHint')} error={errors.description?.message}>
        {(control) => <textarea rows={3} maxLength={2000} {...control} {...form.register('description')} />}
      </Field>
      <Field label={t('form.region')} hint={t('form.regionHint')} error={errors.regionCode?.message}>
        {(control) => (
          <select {...control} {...form.register('regionCode')}>
            <RegionOptions regions={regions} anyLabel={t('form.noRegion')} wholeLabel={(region) => t('form.wholeRegion', { region })} />
          </select>
        )}
      </Field>
      <RadioGroup
        legend={t('form.joinPolicy')}
        error={errors.joinPolicy?.message}
        registration={form.register('joinPolicy')}
        options={JOIN_POLICIES.map((policy) => ({ value: policy, label: t(`policy.${policy}`) }))}
      />
      <SubmitButton pending={create.isPending} pendingLabel={t('form.submitting')}>
        {t('form.submit')}
      </SubmitButton>
    </form>
  );
}
