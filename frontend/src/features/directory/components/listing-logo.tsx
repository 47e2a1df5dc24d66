import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { translateMessageKey } from '@/lib/error-message';
import type { Listing } from '../api/get-listing';
import { LOGO_ACCEPT, logoFileError, useDeleteLogo, useSaveLogo } from '../api/save-logo';

/** Her logo: shown as the directory shows it, replaced by choosing another image, or removed. */
export function ListingLogo({ listing }: { listing: Listing }) {
  const { t } = useTranslation('directory');
  const inputId = useId();
  const save = useSaveLogo();
  const remove = useDeleteLogo();
  const [fileError, setFileError] = useState<string | null>(null);

  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    const error = logoFileError(file);
    setFileError(error && (translateMessageKey(error) ?? error));
    if (!error && file && !save.isPending) save.mutate(file);
  };

  return (
    <section className="section listing-logo" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('logo.heading')}</h2>
      {listing.logoUrl ? (
        <img className="listing-logo__image" src={listing.logoUrl} alt={t('logo.alt', { name: listing.businessName })} width={96} height={96} />
      ) : (
        <p>{t('logo.none')}</p>
      )}
      <div className="field">
        <label htmlFor={inputId}>{t(listing.logoUrl ? 'logo.replace' : 'logo.choose')}</label>
        <input id={inputId} type="file" accept={LOGO_ACCEPT} aria-describedby={`${inputId}-hint`} onChange={onChange} />
        <p id={`${inputId}-hint`} className="field__hint">
          {t('logo.hint')}
        </p>
        {fileError && (
          <p className="field__error" role="alert">
            {fileError}
          </p>
        )}
      </div>
      {save.isPending && <p role="status">{t('logo.uploading')}</p>}
      <ProblemAlert error={save.error ?? remove.error} />
      {listing.logoUrl && (
        <button type="button" className="button button--secondary" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('logo.remove')}
        </button>
      )}
    </section>
  );
}
