import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useParticipation, type ReportFilters, type ReportGroup } from '../api/get-participation';
import { formatCount, formatShare } from './format';

type Props = {
  filters: ReportFilters;
  /** The main breakdown's cut: a table that would repeat it is left out. */
  groupBy: ReportGroup;
  language: string;
};

const CUTS = ['region', 'countryGroup'] as const satisfies readonly ReportGroup[];

/** Where participants come from: by region and by country group, side by side on a wide screen. */
export function ParticipationOrigins({ filters, groupBy, language }: Props) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const cuts = CUTS.filter((cut) => cut !== groupBy);
  return (
    <section aria-labelledby={headingId} className="report-origins">
      <h2 id={headingId}>{t('origins.heading')}</h2>
      <div className="report-origins__tables">
        {cuts.map((cut) => (
          <OriginTable key={cut} filters={filters} cut={cut} language={language} />
        ))}
      </div>
    </section>
  );
}

function OriginTable({ filters, cut, language }: { filters: ReportFilters; cut: (typeof CUTS)[number]; language: string }) {
  const { t } = useTranslation('reports');
  const report = useParticipation(filters, cut, language);
  const caption = t(`origins.${cut}`);
  if (report.isError)
    return (
      <div>
        <h3>{caption}</h3>
        <ErrorAlert>{errorMessage(report.error)}</ErrorAlert>
      </div>
    );
  if (!report.data) return <p aria-busy="true">{t('loading')}</p>;
  const rows = report.data.rows;
  return (
    <div className="table-scroll report-origins__table" aria-busy={report.isPlaceholderData || undefined}>
      <table className="table table--narrow">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`origins.columns.${cut}`)}</th>
            <th scope="col" className="table__number">
              {t('breakdown.registered')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.womenShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3}>{cut === 'countryGroup' ? t('origins.noCountryGroup') : t('breakdown.empty')}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="table__number">{formatCount(row.registered, language)}</td>
                <td className="table__number">{formatShare(row.women, row.registered, language) ?? '—'}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
