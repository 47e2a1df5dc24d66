import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { CheckboxGroup, EmailField, Field, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { Option } from '@/components/ui/place-options';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { CONTACT_FIELDS, LISTING_LANGUAGES, SEEKING, type ContactField, type Listing, type Seeking } from '../api/get-listing';
import { useDeleteListing, useSaveListing, type ListingInput } from '../api/save-listing';
import { ListingLogo } from './listing-logo';
import { languageName } from './language-names';
import './directory.css';

export type ListingFormValues = {
  published: boolean;
  businessName: string;
  sector: string;
  countryCode: string;
  languages: string[];
  website: string;
  /** Names separated by commas or new lines. */
  marketplaces: string;
  offers: string;
  seeks: Seeking[];
  womenLed: boolean;
  contactEmail: string;
  contactPhone: string;
  shown: ContactField[];
};

const FIELDS = ['published', 'businessName', 'sector', 'countryCode', 'languages', 'website', 'marketplaces', 'offers', 'seeks', 'womenLed', 'contactEmail', 'contactPhone', 'shown'] as const;

/** Publishing is her choice: a new listing starts unpublished. */
export function toFormValues(listing?: Listing | null): ListingFormValues {
  return {
    published: listing?.published ?? false,
    businessName: listing?.businessName ?? '',
    sector: listing?.sector ?? '',
    countryCode: listing?.countryCode ?? '',
    languages: listing?.languages ?? [],
    website: listing?.website ?? '',
    marketplaces: listing?.marketplaces.join(', ') ?? '',
    offers: listing?.offers ?? '',
    seeks: listing?.seeks ?? [],
    womenLed: listing?.womenLed ?? false,
    contactEmail: listing?.contactEmail ?? '',
    contactPhone: listing?.contactPhone ?? '',
    shown: listing?.shown ?? [],
  };
}

const orNull = (value: string) => value.trim() || null;
// One checkbox ticked in a group comes as a string in some browsers' form libraries; always send a list.
const list = <T,>(value: T[] | T | false | undefined): T[] => (Array.isArray(value) ? value : value ? [value] : []);

export function toListingInput(values: ListingFormValues): ListingInput {
  return {
    published: values.published,
    businessName: values.businessName.trim(),
    sector: orNull(values.sector),
    countryCode: orNull(values.countryCode),
    languages: list(values.languages),
    website: orNull(values.website),
    marketplaces: values.marketplaces
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
    offers: orNull(values.offers),
    seeks: list(values.seeks),
    womenLed: values.womenLed,
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    shown: list(values.shown),
  };
}

/** Her business as the directory shows it, the consent to appear, and which contact details are shown. */
export function ListingForm({ listing, countries }: { listing: Listing | null; countries: Option[] }) {
  const { t, i18n } = useTranslation('directory');
  const form = useForm<ListingFormValues>({ defaultValues: toFormValues(listing) });
  const save = useSaveListing();
  const remove = useDeleteListing();
  const [notice, setNotice] = useState('');
  const { errors } = form.formState;
  const register = form.register;

  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    setNotice('');
    save.mutate(toListingInput(values), {
      onSuccess: (saved) => {
        form.reset(toFormValues(saved));
        setNotice(saved.published ? t('listing.savedPublished') : t('listing.savedHidden'));
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  return (
    <>
      <form noValidate className="form listing-form" aria-label={t('listing.title')} onSubmit={onSubmit}>
        <FormError error={save.error} fields={FIELDS} />
        <fieldset className="group listing-form__consent">
          <legend>{t('listing.consentLegend')}</legend>
          <label className="choice switch">
            <input type="checkbox" role="switch" aria-describedby="listing-consent-hint" {...register('published')} />
            <span>{t('listing.consent')}</span>
          </label>
          <p id="listing-consent-hint" className="field__hint">
            {t('listing.consentHint')}
          </p>
        </fieldset>

        <fieldset className="group">
          <legend>{t('listing.business')}</legend>
          <TextField
            label={t('listing.businessName')}
            autoComplete="organization"
            maxLength={200}
            error={errors.businessName?.message}
            registration={register('businessName', { validate: (value) => value.trim() !== '' || 'validation.required' })}
          />
          <TextField label={t('listing.sector')} hint={t('listing.sectorHint')} error={errors.sector?.message} registration={register('sector')} />
          <SelectField
            label={t('listing.country')}
            error={errors.countryCode?.message}
            registration={register('countryCode')}
            options={[{ value: '', label: t('listing.sameAsProfile') }, ...countries]}
          />
          <CheckboxGroup
            legend={t('listing.languages')}
            error={errors.languages?.message}
            registration={register('languages')}
            options={LISTING_LANGUAGES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
          />
          <label className="choice">
            <input type="checkbox" {...register('womenLed')} />
            <span>{t('listing.womenLed')}</span>
          </label>
          <Field label={t('listing.offers')} hint={t('listing.offersHint')} error={errors.offers?.message}>
            {(control) => <textarea rows={4} maxLength={2000} {...control} {...register('offers')} />}
          </Field>
          <CheckboxGroup
            legend={t('listing.seeks')}
            error={errors.seeks?.message}
            registration={register('seeks')}
            options={SEEKING.map((seeking) => ({ value: seeking, label: t(`seeking.${seeking}`) }))}
          />
        </fieldset>

        <fieldset className="group">
          <legend>{t('listing.contact')}</legend>
          <p className="field__hint">{t('listing.contactHint')}</p>
          <TextField
            label={t('listing.website')}
            hint={t('listing.websiteHint')}
            type="url"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            error={errors.website?.message}
            registration={register('website')}
          />
          <Field label={t('listing.marketplaces')} hint={t('listing.marketplacesHint')} error={errors.marketplaces?.message}>
            {(control) => <textarea rows={2} {...control} {...register('marketplaces')} />}
          </Field>
          <EmailField label={t('listing.contactEmail')} autoComplete="email" error={errors.contactEmail?.message} registration={register('contactEmail')} />
          <TextField
            label={t('listing.contactPhone')}
            hint={t('listing.contactPhoneHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            error={errors.contactPhone?.message}
            registration={register('contactPhone')}
          />
          <CheckboxGroup
            legend={t('listing.shown')}
            hint={t('listing.shownHint')}
            error={errors.shown?.message}
            registration={register('shown')}
            options={CONTACT_FIELDS.map((field) => ({ value: field, label: t(`contactField.${field}`) }))}
          />
        </fieldset>

        <SuccessStatus>{notice}</SuccessStatus>
        <SubmitButton pending={save.isPending} pendingLabel={t('listing.saving')}>
          {t('listing.save')}
        </SubmitButton>
      </form>

      {listing && <ListingLogo listing={listing} />}

      {listing && (
        <section className="section" aria-labelledby="listing-delete">
          <h2 id="listing-delete">{t('listing.delete')}</h2>
          <p>{t('listing.deleteHint')}</p>
          {remove.isError && <FormError error={remove.error} fields={[]} />}
          <ConfirmButton
            question={t('listing.deleteQuestion')}
            confirmLabel={t('listing.deleteConfirm')}
            cancelLabel={t('listing.cancel')}
            pending={remove.isPending}
            pendingLabel={t('listing.deleting')}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  form.reset(toFormValues(null));
                  setNotice(t('listing.deleted'));
                },
              })
            }
          >
            {t('listing.delete')}
          </ConfirmButton>
        </section>
      )}
    </>
  );
}
