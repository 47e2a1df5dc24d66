import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Eligibility } from '../api/get-activity';
import { eligibilitySentence, MAX_COUNTRIES_IN_SENTENCE } from './eligibility-sentence';
import type { PlaceNames } from './place-names';

export function EligibilitySummary({ eligibility, names }: { eligibility: Eligibility; names: PlaceNames }) {
  const { t, i18n } = useTranslation('activities');
  const headingId = useId();
  const countries = eligibility.countryCodes ?? [];
  return (
    <section aria-labelledby={headingId} className="eligibility">
      <h2 id={headingId}>{t('eligibility.title')}</h2>
      <p>{eligibilitySentence(eligibility, names, t, i18n.language)}</p>
      {countries.length > MAX_COUNTRIES_IN_SENTENCE && (
        <details>
          <summary>{t('eligibility.countriesList', { count: countries.length })}</summary>
          <ul className="inline-list">
            {countries
              .map(names.country)
              .sort((a, b) => a.localeCompare(b, i18n.language))
              .map((name) => (
                <li key={name}>{name}</li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
