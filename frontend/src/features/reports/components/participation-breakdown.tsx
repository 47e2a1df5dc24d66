import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationRow, ReportView } from '../api/get-participation';
import { formatCount, formatShare } from './format';
import { ParticipationChart } from './participation-chart';

type Props = {
  /** The heading, level 2. */
  title: string;
  /** What a row is, in the reader's words: "country", "month"... */
  group: string;
  rows: ParticipationRow[];
  view: ReportView;
  onView?: (view: ReportView) => void;
  /** Shown under the table or chart: the downloads of the same rows. */
  children?: ReactNode;
  chartLabel: string;
  tableLabel: string;
};

/**
 * Rows as bars or as a table. The table is always in the page for screen readers (hidden on screen
 * while the chart shows); the chart (uPlot, on a canvas) is a picture of it, named for them as such.
 */
export function ParticipationBreakdown({ title, group, rows, view, onView, children, chartLabel, tableLabel }: Props) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="report-breakdown">
      <div className="report-breakdown__head">
        <h2 id={headingId}>{title}</h2>
        {onView && (
          <div role="group" aria-label={t('breakdown.view')} className="segmented">
            {(['chart', 'table'] as const).map((option) => (
              <button key={option} type="button" className="segmented__option" aria-pressed={view === option} onClick={() => onView(option)}>
                {t(`breakdown.${option}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      {rows.length === 0 ? (
        <p>{t('breakdown.empty')}</p>
      ) : (
        <>
          {view === 'chart' && <BarChart rows={rows} label={chartLabel} />}
          <ParticipationTable rows={rows} group={group} label={tableLabel} hidden={view === 'chart'} />
        </>
      )}
      {children}
    </section>
  );
}

function BarChart({ rows, label }: { rows: ParticipationRow[]; label: string }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__caption" aria-hidden="true">
        {label}
      </figcaption>
      <p className="bar-chart__legend" aria-hidden="true">
        <span className="bar-chart__key bar-chart__key--registered" /> {t('breakdown.legendRegistered')}{' '}
        <span className="bar-chart__key bar-chart__key--women" /> {t('breakdown.legendWomen')}
      </p>
      <ParticipationChart
        rows={rows}
        label={t('breakdown.chartImage', { chart: label.toLocaleLowerCase(language) })}
        registeredLabel={t('breakdown.legendRegistered')}
        womenLabel={t('breakdown.legendWomen')}
        language={language}
      />
    </figure>
  );
}

function ParticipationTable({ rows, group, label, hidden }: { rows: ParticipationRow[]; group: string; label: string; hidden: boolean }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.resolvedLanguage ?? 'en';
  const count = (value: number) => formatCount(value, language);
  const share = (part: number, base: number) => {
    const percent = formatShare(part, base, language);
    return percent ? t('figures.womenOf', { share: percent, base: count(base) }) : '—';
  };
  return (
    <div className={hidden ? 'visually-hidden' : 'table-scroll'} role="region" aria-label={label} tabIndex={hidden ? undefined : 0}>
      <table className="table report-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{group}</th>
            <th scope="col" className="table__number">
              {t('breakdown.registered')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.attended')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.completed')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.women')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.womenShare')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.undisclosed')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.countries')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.ldc')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.lldc')}
            </th>
            <th scope="col" className="table__number">
              {t('breakdown.sids')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="table__number">{count(row.registered)}</td>
              <td className="table__number">{count(row.attended)}</td>
              <td className="table__number">{count(row.completed)}</td>
              <td className="table__number">{count(row.women)}</td>
              <td className="table__number">{share(row.women, row.registered)}</td>
              <td className="table__number">{count(row.genderUndisclosed)}</td>
              <td className="table__number">{count(row.countries)}</td>
              <td className="table__number">{count(row.ldcParticipants)}</td>
              <td className="table__number">{count(row.lldcParticipants)}</td>
              <td className="table__number">{count(row.sidsParticipants)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
