import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useParticipation, type ParticipationRow, type ReportFilters as Filters, type ReportSearch } from '../api/get-participation';
import { ParticipationBreakdown } from './participation-breakdown';
import { ParticipationOrigins } from './participation-origins';
import { ReportExports } from './report-exports';
import { ReportFilters, type Option, type RegionOption } from './report-filters';
import { HeadlineFigures, ReportSentence } from './report-summary';
import { ReportTargets } from './report-targets';
import './reports.css';

const byKey = (a: ParticipationRow, b: ParticipationRow) => a.key.localeCompare(b.key);

type Props = {
  search: ReportSearch;
  onSearch: (search: ReportSearch) => void;
  programmes?: Option[];
  regions: RegionOption[];
  countries: Option[];
  language: string;
};

/**
 * Filters, the sentence, the headline figures, the programme's targets, the chosen breakdown, where
 * participants come from and the trend by month.
 */
export function ParticipationDashboard({ search, onSearch, programmes, regions, countries, language }: Props) {
  const { t } = useTranslation('reports');
  const { groupBy, view } = search;
  const filters: Filters = {
    programmeId: search.programmeId,
    activityId: search.activityId,
    type: search.type,
    from: search.from,
    to: search.to,
    region: search.region,
    country: search.country,
  };
  const report = useParticipation(filters, groupBy, language);
  // The trend needs its own cut, unless the chosen one already is by month.
  const trend = useParticipation(filters, 'month', language, { enabled: groupBy !== 'month' });
  const group = t(`groups.${groupBy}`);
  // The API orders rows by size; time reads left to right.
  const chronological = groupBy === 'month' || groupBy === 'year';
  const rows = report.data && chronological ? [...report.data.rows].sort(byKey) : report.data?.rows;

  return (
    <>
      <ReportFilters search={search} programmes={programmes} regions={regions} countries={countries} onChange={onSearch} />
      {report.isError && <ErrorAlert>{errorMessage(report.error)}</ErrorAlert>}
      {report.isPending && !report.isError && (
        <p aria-busy="true" className="loading">
          {t('loading')}
        </p>
      )}
      {report.data && (
        <div className="report" aria-busy={report.isPlaceholderData || undefined}>
          <ReportSentence sentence={report.data.sentence} />
          <HeadlineFigures totals={report.data.totals} />
          {/* Only those who pick a programme run one; a trainer has no targets to see. */}
          {programmes && <ReportTargets filters={filters} language={language} />}
          <ParticipationBreakdown
            title={t('breakdown.heading', { group: group.toLocaleLowerCase(language) })}
            group={group}
            rows={rows ?? []}
            view={view}
            onView={(next) => onSearch({ ...search, view: next })}
            chartLabel={t('breakdown.chartLabel', { group: group.toLocaleLowerCase(language) })}
            tableLabel={t('breakdown.tableLabel', { group: group.toLocaleLowerCase(language) })}
          >
            <ReportExports filters={filters} groupBy={groupBy} language={language} />
          </ParticipationBreakdown>
          <ParticipationOrigins filters={filters} groupBy={groupBy} language={language} />
          {groupBy !== 'month' && trend.data && trend.data.rows.length > 0 && (
            <ParticipationBreakdown
              title={t('trend.heading')}
              group={t('groups.month')}
              rows={[...trend.data.rows].sort(byKey)}
              view={view}
              chartLabel={t('trend.chartLabel')}
              tableLabel={t('trend.tableLabel')}
            />
          )}
          {groupBy !== 'month' && trend.isError && <ErrorAlert>{errorMessage(trend.error)}</ErrorAlert>}
        </div>
      )}
    </>
  );
}
