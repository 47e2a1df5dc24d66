import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatPlainDateRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { ApiError } from '@/lib/problem';
import type { ReportFilters } from '../api/get-participation';
import { useReportOutcomes, type ReportIndicator, type ReportTargetProgress } from '../api/get-report-outcomes';
import { formatIndicatorValue, formatProgress } from './format';

type Props = {
  filters: ReportFilters;
  language: string;
};

/**
 * The chosen programme's indicators and how far each target is reached, counted under the same
 * filters as the figures above. Only for those who run the programme: a 403 hides the section.
 */
export function ReportTargets({ filters, language }: Props) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const { programmeId } = filters;
  // The endpoint refuses an end before the start (400); the filters already say no activity can match.
  const invalidRange = Boolean(filters.from && filters.to && filters.from > filters.to);
  const outcomes = useReportOutcomes(programmeId, filters, { enabled: !invalidRange });
  if (outcomes.error instanceof ApiError && outcomes.error.status === 403) return null;

  return (
    <section aria-labelledby={headingId} className="report-targets" aria-busy={outcomes.isFetching || undefined}>
      <h2 id={headingId}>{t('targets.heading')}</h2>
      {!programmeId ? (
        <p className="field__hint">{t('targets.pickProgramme')}</p>
      ) : invalidRange ? (
        <p className="field__hint">{t('filters.toBeforeFrom')}</p>
      ) : outcomes.isError ? (
        <ErrorAlert>{errorMessage(outcomes.error)}</ErrorAlert>
      ) : !outcomes.data ? (
        <p>{t('targets.loading')}</p>
      ) : outcomes.data.length === 0 ? (
        <p>
          {t('targets.noIndicators')} <Link to={paths.manage.outcomes.getHref(programmeId)}>{t('targets.define')}</Link>
        </p>
      ) : (
        <>
          <p className="field__hint">{t('targets.intro')}</p>
          <ul className="report-targets__list">
            {outcomes.data.map(({ indicator, targets }) => (
              <li key={indicator.id} className="report-targets__indicator">
                <h3 className="report-targets__name">{localized(indicator.name, language)}</h3>
                {targets.length === 0 ? (
                  <p className="field__hint">{t('targets.none')}</p>
                ) : (
                  <ul className="report-targets__targets">
                    {targets.map((progress, index) => (
                      <TargetRow key={progress.target.id ?? index} progress={progress} indicator={indicator} language={language} narrowed={Boolean(filters.from || filters.to)} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One target: its value and period, for whom, what the filters reach, and the share of it as a bar and in words. */
function TargetRow({ progress, indicator, language, narrowed }: { progress: ReportTargetProgress; indicator: ReportIndicator; language: string; narrowed: boolean }) {
  const { t } = useTranslation('reports');
  const { measuredFrom: since, measuredTo: until } = progress;
  const counted = !narrowed ? null
    : since && until && since > until ? t('targets.noOverlap')
    : since && until ? t('targets.countedOver', { period: formatPlainDateRange(since, until, language) })
    : until ? t('targets.countedUntil', { date: formatPlainDateRange(until, until, language) })
    : since ? t('targets.countedSince', { date: formatPlainDateRange(since, since, language) }) : null;
  const { target } = progress;
  const value = (number: number) => formatIndicatorValue(number, indicator, language);
  const scope = [target.gender && t(`targets.genders.${target.gender}`), target.countryGroup && t(`targets.groups.${target.countryGroup}`)].filter(Boolean).join(', ');
  const reached = progress.progress != null && progress.progress >= 1;
  return (
    <li className="report-target">
      <p className="report-target__goal">
        {t('targets.goal', { target: value(target.value), period: formatPlainDateRange(target.from, target.to, language) })}
        {scope && <span className="badge badge--muted">{scope}</span>}
      </p>
      {counted && <p className="field__hint">{counted}</p>}
      <p className="report-target__value">
        {progress.value == null ? t('targets.noValue', { people: progress.people }) : t('targets.value', { value: value(progress.value), people: progress.people })}
      </p>
      {progress.progress != null && (
        <div className="report-target__progress">
          <div className={reached ? 'report-target__bar report-target__bar--reached' : 'report-target__bar'} aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(1, progress.progress)) * 100}%` }} />
          </div>
          <span>{t(reached ? 'targets.progressReached' : 'targets.progress', { percent: formatProgress(progress.progress, language) })}</span>
        </div>
      )}
    </li>
  );
}
