import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Field } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { REPORT_ACTIVITY_TYPES, REPORT_GROUPS, reportHrefSearch, type ReportSearch } from '../api/get-participation';
import { CountryOptions, RegionOptions, type Option, type RegionOption } from '@/components/ui/place-options';

export type { Option, RegionOption } from '@/components/ui/place-options';

type Props = {
  search: ReportSearch;
  /** Undefined when the reader cannot pick a programme (a trainer sees her activities). */
  programmes?: Option[];
  regions: RegionOption[];
  countries: Option[];
  onChange: (search: ReportSearch) => void;
};

/** Each change applies at once and goes in the URL, so the figures below always match what the filters say. */
export function ReportFilters({ search, programmes, regions, countries, onChange }: Props) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const set =
    <K extends keyof ReportSearch>(key: K) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...search, [key]: event.target.value === '' ? undefined : event.target.value });
  const invalidRange = Boolean(search.from && search.to && search.from > search.to);
  const secondary = [search.type, search.from, search.to, search.region, search.country].filter(Boolean).length;
  const filtered = Boolean(search.programmeId || search.activityId || search.type || search.from || search.to || search.region || search.country);

  return (
    <section aria-labelledby={headingId} className="report-filters">
      <h2 id={headingId} className="visually-hidden">
        {t('filters.heading')}
      </h2>
      <form role="search" aria-label={t('filters.label')} className="report-filters__grid" noValidate onSubmit={(event) => event.preventDefault()}>
        {programmes && (
          <Field label={t('filters.programme')}>
            {(control) => (
              <select {...control} value={search.programmeId ?? ''} onChange={set('programmeId')}>
                <option value="">{t('filters.anyProgramme')}</option>
                {/* A programme from the link that is not in the list still shows as chosen. */}
                {search.programmeId && !programmes.some((programme) => programme.value === search.programmeId) && (
                  <option value={search.programmeId}>{search.programmeId}</option>
                )}
                {programmes.map((programme) => (
                  <option key={programme.value} value={programme.value}>
                    {programme.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('filters.groupBy')}>
          {(control) => (
            <select {...control} value={search.groupBy} onChange={(event) => onChange({ ...search, groupBy: event.target.value as ReportSearch['groupBy'] })}>
              {REPORT_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`groups.${group}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <details className="report-filters__more" open={secondary > 0 || undefined}>
          <summary>{secondary > 0 ? t('filters.moreActive', { count: secondary }) : t('filters.more')}</summary>
          <div className="report-filters__grid">
            <Field label={t('filters.type')}>
              {(control) => (
                <select {...control} value={search.type ?? ''} onChange={set('type')}>
                  <option value="">{t('filters.anyType')}</option>
                  {REPORT_ACTIVITY_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`types.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('filters.from')}>{(control) => <input type="date" {...control} value={search.from ?? ''} max={search.to} onChange={set('from')} />}</Field>
            <Field label={t('filters.to')} error={invalidRange ? t('filters.toBeforeFrom') : undefined}>
              {(control) => <input type="date" {...control} value={search.to ?? ''} min={search.from} onChange={set('to')} />}
            </Field>
            <Field label={t('filters.region')}>
              {(control) => (
                <select {...control} value={search.region ?? ''} onChange={set('region')}>
                  <RegionOptions regions={regions} anyLabel={t('filters.anyRegion')} wholeLabel={(region) => t('filters.wholeRegion', { region })} />
                  {search.region && regions.length === 0 && <option value={search.region}>{search.region}</option>}
                </select>
              )}
            </Field>
            <Field label={t('filters.country')}>
              {(control) => (
                <select autoComplete="off" {...control} value={search.country ?? ''} onChange={set('country')}>
                  <CountryOptions countries={countries} anyLabel={t('filters.anyCountry')} />
                  {search.country && countries.length === 0 && <option value={search.country}>{search.country}</option>}
                </select>
              )}
            </Field>
          </div>
        </details>
      </form>
      {search.activityId && (
        <p className="aside">
          {t('filters.activity')}{' '}
          <Link to={paths.reports.getHref(reportHrefSearch({ ...search, activityId: undefined }))}>{t('filters.allActivities')}</Link>
        </p>
      )}
      {filtered && (
        <p className="aside">
          <Link to={paths.reports.getHref(reportHrefSearch({ groupBy: search.groupBy, view: search.view }))} className="button">
            {t('filters.clear')}
          </Link>
        </p>
      )}
    </section>
  );
}
