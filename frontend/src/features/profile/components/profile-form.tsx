import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { BUSINESS_STAGES, GENDERS, SALES_CHANNELS, type Profile } from '@/lib/auth';
import { applyFieldErrors } from '@/lib/form';
import { profileInputSchema, useUpdateProfile, type ProfileFormValues, type UpdateProfileInput } from '../api/update-profile';

const FIELDS = [
  'countryCode',
  'gender',
  'businessName',
  'sector',
  'businessStage',
  'womenLed',
  'womenOwned',
  'employees',
  'onlineSalesChannels',
  'exporting',
] as const;

const yesNo = (value: boolean | null | undefined): '' | 'true' | 'false' => (value == null ? '' : value ? 'true' : 'false');

function toFormValues(profile: Profile | null | undefined): ProfileFormValues {
  return {
    countryCode: profile?.countryCode ?? '',
    gender: profile?.gender ?? '',
    businessName: profile?.businessName ?? '',
    sector: profile?.sector ?? '',
    businessStage: profile?.businessStage ?? '',
    womenLed: yesNo(profile?.womenLed),
    womenOwned: yesNo(profile?.womenOwned),
    employees: profile?.employees == null ? '' : String(profile.employees),
    onlineSalesChannels: profile?.onlineSalesChannels ?? [],
    exporting: yesNo(profile?.exporting),
  };
}

export type CountryOption = { value: string; label: string };

export function ProfileForm({ profile, countries }: { profile: Profile | null | undefined; countries: CountryOption[] }) {
  const { t } = useTranslation('profile');
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfileFormValues, unknown, UpdateProfileInput>({
    resolver: zodResolver(profileInputSchema),
    defaultValues: toFormValues(profile),
  });
  const update = useUpdateProfile({ onSuccess: () => setSaved(true) });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (update.isPending) return;
    setSaved(false);
    update.mutate(values, {
      onSuccess: (me) => form.reset(toFormValues(me.profile)),
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  const savedCountry = profile?.countryCode;
  const countryChoices =
    savedCountry && !countries.some((country) => country.value === savedCountry)
      ? [{ value: savedCountry, label: savedCountry }, ...countries]
      : countries;
  const channels = SALES_CHANNELS;
  const channelLabel = (channel: (typeof SALES_CHANNELS)[number]) => t(`channels.${channel}`);
  const yesNoOptions = [
    { value: '', label: t('notSaid') },
    { value: 'true', label: t('yes') },
    { value: 'false', label: t('no') },
  ];

  return (
    <form noValidate onSubmit={onSubmit} className="form" onChange={() => setSaved(false)}>
      <FormError error={update.error} fields={FIELDS} />
      <fieldset className="group">
        <legend>{t('sections.you')}</legend>
        <SelectField
          label={t('fields.country')}
          hint={t('fields.countryHint')}
          error={errors.countryCode?.message}
          registration={form.register('countryCode')}
          autoComplete="country"
          options={[{ value: '', label: t('chooseCountry') }, ...countryChoices]}
        />
        <SelectField
          label={t('fields.gender')}
          error={errors.gender?.message}
          registration={form.register('gender')}
          options={[{ value: '', label: t('notSaid') }, ...GENDERS.map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))]}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('sections.business')}</legend>
        <TextField label={t('fields.businessName')} autoComplete="organization" error={errors.businessName?.message} registration={form.register('businessName')} />
        <TextField label={t('fields.sector')} hint={t('fields.sectorHint')} error={errors.sector?.message} registration={form.register('sector')} />
        <SelectField
          label={t('fields.businessStage')}
          error={errors.businessStage?.message}
          registration={form.register('businessStage')}
          options={[{ value: '', label: t('notSaid') }, ...BUSINESS_STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))]}
        />
        <SelectField label={t('fields.womenLed')} hint={t('fields.womenLedHint')} error={errors.womenLed?.message} registration={form.register('womenLed')} options={yesNoOptions} />
        <SelectField label={t('fields.womenOwned')} hint={t('fields.womenOwnedHint')} error={errors.womenOwned?.message} registration={form.register('womenOwned')} options={yesNoOptions} />
        <TextField
          label={t('fields.employees')}
          hint={t('fields.employeesHint')}
          inputMode="numeric"
          pattern="[0-9]*"
          error={errors.employees?.message}
          registration={form.register('employees')}
        />
        <CheckboxGroup
          legend={t('fields.onlineSalesChannels')}
          error={errors.onlineSalesChannels?.message}
          registration={form.register('onlineSalesChannels')}
          options={channels.map((channel) => ({ value: channel, label: channelLabel(channel) }))}
        />
        <SelectField label={t('fields.exporting')} error={errors.exporting?.message} registration={form.register('exporting')} options={yesNoOptions} />
      </fieldset>
      <SuccessStatus>{saved ? t('saved') : null}</SuccessStatus>
      <SubmitButton pending={update.isPending} pendingLabel={t('saving')}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}
