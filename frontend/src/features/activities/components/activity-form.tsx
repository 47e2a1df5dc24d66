import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { GENDERS } from '@/lib/auth';
import { toDateTimeLocal, viewerTimeZone } from '@/lib/dates';
import { applyFieldErrors } from '@/lib/form';
import { ApiError } from '@/lib/problem';
import {
  createActivityInputSchema,
  useCreateActivity,
  type CreateActivityRequest,
  type CreateActivityValues,
} from '../api/create-activity';
import { useUpdateActivity } from '../api/update-activity';
import { ACTIVITY_TYPES, COUNTRY_GROUPS, COURSE_LANGUAGES, DELIVERIES, type Activity } from '../api/get-activity';
import { CodePicker } from './code-picker';

type Choice = { value: string; label: string };

const FIELDS = [
  'type',
  'title',
  'description',
  'delivery',
  'language',
  'countryCode',
  'city',
  'regionCode',
  'startDate',
  'endDate',
  'timeZone',
  'capacity',
  'enrolmentOpensAt',
  'enrolmentClosesAt',
  'genders',
  'countryGroups',
  'eligibleCountries',
  'eligibleRegions',
  'womenLedOnly',
  'womenOwnedOnly',
  'tags',
] as const;

/** The API names eligibility rules by their place in the request; the form keeps them flat. */
const ALIASES = {
  'eligibility.genders': 'genders',
  'eligibility.countryGroups': 'countryGroups',
  'eligibility.countryCodes': 'eligibleCountries',
  'eligibility.regionCodes': 'eligibleRegions',
  'eligibility.womenLedOnly': 'womenLedOnly',
  'eligibility.womenOwnedOnly': 'womenOwnedOnly',
} as const;

/** Where activities usually take place; the browser's own zone is added and preselected. */
const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/Geneva',
  'Europe/Paris',
  'Europe/London',
  'Africa/Abidjan',
  'Africa/Accra',
  'Africa/Addis_Ababa',
  'Africa/Cairo',
  'Africa/Dakar',
  'Africa/Johannesburg',
  'Africa/Kigali',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Bogota',
  'America/Lima',
  'America/Mexico_City',
  'America/New_York',
  'America/Santiago',
  'America/Sao_Paulo',
  'Asia/Bangkok',
  'Asia/Dhaka',
  'Asia/Jakarta',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Manila',
  'Pacific/Fiji',
];

/**
 * Turns a server field name into the form's: "eligibility.countryGroups[0]" → "countryGroups".
 * applyFieldErrors matches aliases exactly, so list items are mapped to their list here.
 */
export function aliasesFor(fieldErrors: { field: string }[]): Record<string, (typeof FIELDS)[number]> {
  const out: Record<string, (typeof FIELDS)[number]> = {};
  for (const { field } of fieldErrors) {
    const base = field.replace(/\[\d+\]$/, '') as keyof typeof ALIASES;
    if (base in ALIASES) out[field] = ALIASES[base];
  }
  return out;
}

/** What the form starts from: blank for a new activity, or what an existing one says now. */
export function activityFormValues(programmeId: string, zone: string, activity?: Activity): CreateActivityValues {
  if (!activity) {
    return {
      programmeId,
      type: 'WORKSHOP',
      title: '',
      description: '',
      delivery: 'ONLINE',
      language: 'en',
      countryCode: '',
      city: '',
      regionCode: '',
      startDate: '',
      endDate: '',
      timeZone: zone,
      capacity: '25',
      enrolmentPolicy: 'OPEN',
      enrolmentOpensAt: '',
      enrolmentClosesAt: '',
      genders: [],
      countryGroups: [],
      eligibleCountries: [],
      eligibleRegions: [],
      womenLedOnly: false,
      womenOwnedOnly: false,
      tags: '',
    };
  }
  const { eligibility } = activity;
  return {
    programmeId: activity.programmeId,
    type: activity.type,
    title: activity.title,
    description: activity.description ?? '',
    delivery: activity.delivery,
    language: (COURSE_LANGUAGES as readonly string[]).includes(activity.language) ? (activity.language as CreateActivityValues['language']) : 'en',
    countryCode: activity.countryCode ?? '',
    city: activity.city ?? '',
    regionCode: activity.regionCode ?? '',
    startDate: activity.startDate,
    endDate: activity.endDate,
    timeZone: activity.timeZone,
    capacity: String(activity.capacity),
    enrolmentPolicy: activity.enrolmentPolicy,
    enrolmentOpensAt: toDateTimeLocal(activity.enrolmentOpensAt),
    enrolmentClosesAt: toDateTimeLocal(activity.enrolmentClosesAt),
    genders: eligibility.genders ?? [],
    countryGroups: eligibility.countryGroups ?? [],
    eligibleCountries: eligibility.countryCodes ?? [],
    eligibleRegions: eligibility.regionCodes ?? [],
    womenLedOnly: eligibility.womenLedOnly ?? false,
    womenOwnedOnly: eligibility.womenOwnedOnly ?? false,
    tags: activity.tags.join(', '),
  };
}

type Props = {
  programmeId: string;
  /** Given, the form edits this activity; otherwise it creates a draft in the programme. */
  activity?: Activity;
  countryChoices: Choice[];
  regionChoices: Choice[];
  onSuccess: (activity: Activity) => void;
};

/** One form for creating an activity and for changing its details: the API takes the same body for both. */
export function ActivityForm({ programmeId, activity, countryChoices, regionChoices, onSuccess }: Props) {
  const { t } = useTranslation('manage');
  const { t: ta } = useTranslation('activities');
  const { t: tp } = useTranslation('profile');
  const zone = viewerTimeZone();
  const zonesId = useId();
  const form = useForm<CreateActivityValues, unknown, CreateActivityRequest>({
    resolver: zodResolver(createActivityInputSchema),
    defaultValues: activityFormValues(programmeId, zone, activity),
  });
  const editing = activity !== undefined;
  const create = useCreateActivity({ onSuccess });
  const update = useUpdateActivity(activity?.id ?? '', {
    onSuccess: (saved) => {
      // What the server kept becomes the form's new starting point.
      form.reset(activityFormValues(saved.programmeId, zone, saved));
      onSuccess(saved);
    },
  });
  const mutation = editing ? update : create;
  const { errors } = form.formState;
  const aliases = mutation.error instanceof ApiError ? aliasesFor(mutation.error.fieldErrors) : {};

  const onSubmit = form.handleSubmit((request) => {
    if (mutation.isPending) return;
    mutation.mutate(request, {
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS, error instanceof ApiError ? aliasesFor(error.fieldErrors) : {}),
    });
  });
  const timeZones = [...new Set([zone, ...COMMON_TIME_ZONES])];
  const noneChoice = { value: '', label: t('activityForm.none') };

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={mutation.error} fields={FIELDS} aliases={aliases} />
      <SelectField
        label={t('activityForm.type')}
        error={errors.type?.message}
        registration={form.register('type')}
        options={ACTIVITY_TYPES.map((type) => ({ value: type, label: ta(`types.${type}`) }))}
      />
      <TextField label={t('activityForm.activityTitle')} autoComplete="off" error={errors.title?.message} registration={form.register('title')} />
      <Field label={t('activityForm.description')} error={errors.description?.message}>
        {(control) => <textarea rows={4} {...control} {...form.register('description')} />}
      </Field>
      <SelectField
        label={t('activityForm.delivery')}
        error={errors.delivery?.message}
        registration={form.register('delivery')}
        options={DELIVERIES.map((delivery) => ({ value: delivery, label: ta(`deliveries.${delivery}`) }))}
      />
      <SelectField
        label={t('activityForm.language')}
        error={errors.language?.message}
        registration={form.register('language')}
        options={COURSE_LANGUAGES.map((language) => ({ value: language, label: ta(`languages.${language}`) }))}
      />
      <SelectField
        label={t('activityForm.country')}
        error={errors.countryCode?.message}
        registration={form.register('countryCode')}
        options={[noneChoice, ...countryChoices]}
      />
      <TextField label={t('activityForm.city')} error={errors.city?.message} registration={form.register('city')} />
      <SelectField
        label={t('activityForm.region')}
        error={errors.regionCode?.message}
        registration={form.register('regionCode')}
        options={[noneChoice, ...regionChoices]}
      />
      <TextField label={t('activityForm.startDate')} type="date" error={errors.startDate?.message} registration={form.register('startDate')} />
      <TextField label={t('activityForm.endDate')} type="date" error={errors.endDate?.message} registration={form.register('endDate')} />
      <TextField
        label={t('activityForm.timeZone')}
        hint={t('activityForm.timeZoneHint')}
        list={zonesId}
        autoComplete="off"
        spellCheck={false}
        error={errors.timeZone?.message}
        registration={form.register('timeZone')}
      />
      <datalist id={zonesId}>
        {timeZones.map((timeZone) => (
          <option key={timeZone} value={timeZone} />
        ))}
      </datalist>
      <TextField
        label={t('activityForm.capacity')}
        inputMode="numeric"
        error={errors.capacity?.message}
        registration={form.register('capacity')}
      />
      <TextField
        label={t('activityForm.opensAt')}
        hint={t('activityForm.instantHint', { zone })}
        type="datetime-local"
        error={errors.enrolmentOpensAt?.message}
        registration={form.register('enrolmentOpensAt')}
      />
      <TextField
        label={t('activityForm.closesAt')}
        hint={t('activityForm.instantHint', { zone })}
        type="datetime-local"
        error={errors.enrolmentClosesAt?.message}
        registration={form.register('enrolmentClosesAt')}
      />
      <fieldset className="field">
        <legend>{t('activityForm.eligibility')}</legend>
        <p className="field__hint">{t('activityForm.eligibilityHint')}</p>
        <CheckboxGroup
          legend={t('activityForm.genders')}
          error={errors.genders?.message}
          registration={form.register('genders')}
          options={GENDERS.map((gender) => ({ value: gender, label: tp(`genders.${gender}`) }))}
        />
        <CheckboxGroup
          legend={t('activityForm.groups')}
          error={errors.countryGroups?.message}
          registration={form.register('countryGroups')}
          options={COUNTRY_GROUPS.map((group) => ({ value: group, label: ta(`eligibility.groups.${group}`) }))}
        />
        <Controller
          control={form.control}
          name="eligibleCountries"
          render={({ field, fieldState }) => (
            <CodePicker
              legend={t('activityForm.eligibleCountries')}
              options={countryChoices}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="eligibleRegions"
          render={({ field, fieldState }) => (
            <CodePicker
              legend={t('activityForm.eligibleRegions')}
              options={regionChoices}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <label className="choice">
          <input type="checkbox" {...form.register('womenLedOnly')} />
          <span>{t('activityForm.womenLedOnly')}</span>
        </label>
        <label className="choice">
          <input type="checkbox" {...form.register('womenOwnedOnly')} />
          <span>{t('activityForm.womenOwnedOnly')}</span>
        </label>
      </fieldset>
      <TextField label={t('activityForm.tags')} hint={t('activityForm.tagsHint')} error={errors.tags?.message} registration={form.register('tags')} />
      <SubmitButton pending={mutation.isPending} pendingLabel={editing ? t('activityForm.saving') : t('activityForm.submitting')}>
        {editing ? t('activityForm.save') : t('activityForm.submit')}
      </SubmitButton>
    </form>
  );
}
