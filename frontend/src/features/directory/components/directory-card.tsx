import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../api/search-directory';
import { ContactForm } from './contact-form';
import { languageName } from './language-names';

/** A business in the directory; a contact detail shows only when its owner chose to show it (the API sends null otherwise). */
export function DirectoryCard({ entry, canContact = true }: { entry: DirectoryEntry; canContact?: boolean }) {
  const { t, i18n } = useTranslation('directory');
  const marketplaces = entry.marketplaces?.filter(Boolean) ?? [];
  const country = entry.countryName ?? entry.countryCode;
  return (
    <li className="card directory-card">
      {entry.logoUrl && <img className="directory-card__logo" src={entry.logoUrl} alt="" width={48} height={48} loading="lazy" />}
      <h3 className="card__title">{entry.businessName}</h3>
      {entry.womenLed && (
        <p className="directory-card__badges">
          <span className="badge badge--ok">{t('entry.womenLed')}</span>
        </p>
      )}
      <dl className="card__facts">
        {entry.sector && (
          <div>
            <dt>{t('entry.sector')}</dt>
            <dd>{entry.sector}</dd>
          </div>
        )}
        {country && (
          <div>
            <dt>{t('entry.country')}</dt>
            <dd>{country}</dd>
          </div>
        )}
        {entry.languages.length > 0 && (
          <div>
            <dt>{t('entry.languages')}</dt>
            <dd>{entry.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
          </div>
        )}
        {entry.offers && (
          <div className="directory-card__long">
            <dt>{t('entry.offers')}</dt>
            <dd>{entry.offers}</dd>
          </div>
        )}
        {entry.seeks.length > 0 && (
          <div>
            <dt>{t('entry.seeks')}</dt>
            <dd>{entry.seeks.map((seeking) => t(`seeking.${seeking}`)).join(', ')}</dd>
          </div>
        )}
        {entry.website && (
          <div>
            <dt>{t('entry.website')}</dt>
            <dd>
              <a href={entry.website} target="_blank" rel="noopener noreferrer nofollow">
                {entry.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        )}
        {marketplaces.length > 0 && (
          <div>
            <dt>{t('entry.marketplaces')}</dt>
            <dd>{marketplaces.join(', ')}</dd>
          </div>
        )}
        {entry.contactEmail && (
          <div>
            <dt>{t('entry.email')}</dt>
            <dd>
              <a href={`mailto:${entry.contactEmail}`}>{entry.contactEmail}</a>
            </dd>
          </div>
        )}
        {entry.contactPhone && (
          <div>
            <dt>{t('entry.phone')}</dt>
            <dd>
              <a href={`tel:${entry.contactPhone.replace(/\s+/g, '')}`}>{entry.contactPhone}</a>
            </dd>
          </div>
        )}
      </dl>
      {entry.mine ? <p className="field__hint">{t('entry.mine')}</p> : canContact && <ContactForm businessId={entry.id} businessName={entry.businessName} />}
    </li>
  );
}
