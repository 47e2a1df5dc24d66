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
/** The table's figure columns, in order: each a count of people, but the share of women. */
const COLUMNS = ['registered', 'attended', 'completed', 'women', 'womenShare', 'undisclosed', 'countries', 'ldc', 'lldc', 'sids'] as const;
const FIELDS = {
  registered: 'registered',
  attended: 'attended',
  completed: 'completed',
  women: 'women',
  undisclosed: 'genderUndisclosed',
  countries: 'countries',
  ldc: 'ldcParticipants',
  lldc: 'lldcParticipants',
  sids: 'sidsParticipants',
} as const satisfies Record<Exclude<(typeof COLUMNS)[number], 'womenShare'>, string>;

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
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="table__number">
                {t(`breakdown.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {COLUMNS.map((column) => (
                <td key={column} className="table__number">
                  {column === 'womenShare' ? share(row.women, row.registered) : count(row[FIELDS[column]])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
