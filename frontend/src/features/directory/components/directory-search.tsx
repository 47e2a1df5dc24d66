import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { CountryOptions, RegionOptions, type Option, type RegionOption } from '@/components/ui/place-options';
import { errorMessage } from '@/lib/error-message';
import { SEEKING, type Seeking } from '../api/get-listing';
import { DIRECTORY_PAGE_SIZE, useDirectorySearch, type DirectorySearch as Search } from '../api/search-directory';
import { DirectoryCard } from './directory-card';
import './directory.css';

type Props = {
  search: Search;
  onSearch: (search: Search) => void;
  hrefFor: (search: Search) => string;
  countries: Option[];
  regions: RegionOption[];
};

/** The directory: a text search, filters kept in the URL, and a page of business cards. */
export function DirectorySearch({ search, onSearch, hrefFor, countries, regions }: Props) {
  const { t } = useTranslation('directory');
  const results = useDirectorySearch(search);
  const headingId = useId();
  const pages = results.data ? Math.ceil(results.data.total / DIRECTORY_PAGE_SIZE) : 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim() || undefined;
    onSearch({
      q: text('q'),
      sector: text('sector'),
      country: text('country'),
      region: text('region'),
      womenLed: data.get('womenLed') === 'true' || undefined,
      seeks: (text('seeks') as Seeking | undefined) ?? undefined,
    });
  };

  // The form is keyed by the search so Back and Clear show the filters of the URL.
  return (
    <section aria-labelledby={headingId} className="directory">
      <h2 id={headingId} className="visually-hidden">
        {t('search.label')}
      </h2>
      <form key={JSON.stringify({ ...search, page: undefined })} role="search" aria-label={t('search.label')} className="search-form directory-filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${headingId}-q`}>{t('search.q')}</label>
          <input id={`${headingId}-q`} name="q" type="search" defaultValue={search.q ?? ''} aria-describedby={`${headingId}-q-hint`} />
          <p id={`${headingId}-q-hint`} className="field__hint">
            {t('search.qHint')}
          </p>
        </div>
        <details className="directory-filters__more" open={Boolean(search.sector || search.country || search.region || search.womenLed || search.seeks)}>
          <summary>{t('search.filters')}</summary>
          <div className="directory-filters__grid">
            <div className="field">
              <label htmlFor={`${headingId}-sector`}>{t('search.sector')}</label>
              <input id={`${headingId}-sector`} name="sector" defaultValue={search.sector ?? ''} />
            </div>
            <div className="field">
              <label htmlFor={`${headingId}-country`}>{t('search.country')}</label>
              <select id={`${headingId}-country`} name="country" defaultValue={search.country ?? ''}>
                <CountryOptions countries={countries} anyLabel={t('search.anyCountry')} />
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${headingId}-region`}>{t('search.region')}</label>
              <select id={`${headingId}-region`} name="region" defaultValue={search.region ?? ''}>
                <RegionOptions regions={regions} anyLabel={t('search.anyRegion')} wholeLabel={(region) => t('search.wholeRegion', { region })} />
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${headingId}-seeks`}>{t('search.seeks')}</label>
              <select id={`${headingId}-seeks`} name="seeks" defaultValue={search.seeks ?? ''}>
                <option value="">{t('search.anySeeks')}</option>
                {SEEKING.map((seeking) => (
                  <option key={seeking} value={seeking}>
                    {t(`seeking.${seeking}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className="choice">
              <input type="checkbox" name="womenLed" value="true" defaultChecked={search.womenLed ?? false} />
              <span>{t('search.womenLed')}</span>
            </label>
          </div>
        </details>
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('search.submit')}
          </button>
          <button type="button" className="button" onClick={() => onSearch({})}>
            {t('search.clear')}
          </button>
        </div>
      </form>

      {results.isError && <ErrorAlert>{errorMessage(results.error)}</ErrorAlert>}
      {results.isPending && (
        <p aria-busy="true" className="loading-inline">
          {t('search.loading')}
        </p>
      )}
      {results.data && (
        <>
          <p role="status" className="directory__count">
            {t('search.results', { count: results.data.total })}
          </p>
          {results.data.items.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ul className="card-list directory__results" aria-busy={results.isPlaceholderData || undefined}>
              {results.data.items.map((entry) => (
                <DirectoryCard key={entry.id} entry={entry} />
              ))}
            </ul>
          )}
          <Pagination page={search.page ?? 0} pages={pages} label={t('search.pagination')} hrefFor={(page) => hrefFor({ ...search, page })} />
        </>
      )}
    </section>
  );
}
