import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import type { Indicator } from '../api/indicators';
import { useActivityOutcomes, type Figure } from '../api/outcomes';
import { FigureBase, targetScope } from './outcome-card';
import { formatChange, formatProgress, formatValue } from './format';
import './outcomes.css';

/** The programme's indicators measured on this activity alone: compact, one row each. */
export function ActivityOutcomes({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation('outcomes');
  const headingId = useId();
  const outcomes = useActivityOutcomes(activityId);
  const language = i18n.language;

  const body = () => {
    if (outcomes.isPending) return <p aria-busy="true">{t('figures.loading')}</p>;
    if (outcomes.isError) return <ErrorAlert>{errorMessage(outcomes.error)}</ErrorAlert>;
    if (outcomes.data.length === 0) return <p>{t('activity.empty')}</p>;
    const figure = (value: Figure | null | undefined, indicator: Indicator) =>
      value ? (
        <>
          {formatValue(value.value, indicator, language)}{' '}
          <span className="figure__base">
            (<FigureBase figure={value} />)
          </span>
        </>
      ) : (
        t('figures.none')
      );
    return (
      <div className="table-scroll">
        <table className="table table--narrow outcome-table">
          <caption className="visually-hidden">{t('activity.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activity.indicator')}</th>
              <th scope="col">{t('figures.baseline')}</th>
              <th scope="col">{t('figures.latest')}</th>
              <th scope="col">{t('targets.title')}</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.data.map((outcome) => {
              const { indicator } = outcome;
              return (
                <tr key={indicator.id}>
                  <th scope="row">{localized(indicator.name, language)}</th>
                  <td data-label={t('figures.baseline')}>{figure(outcome.baseline, indicator)}</td>
                  <td data-label={t('figures.latest')}>
                    {figure(outcome.latest, indicator)}
                    {outcome.change != null && <span className="table__sub">{t('figures.changeShort', { change: formatChange(outcome.change, indicator, language) })}</span>}
                    {outcome.paired && (
                      <span className="table__sub">
                        {t('figures.paired', {
                          count: outcome.paired.people,
                          before: formatValue(outcome.paired.before, indicator, language),
                          after: formatValue(outcome.paired.after, indicator, language),
                        })}
                      </span>
                    )}
                  </td>
                  <td data-label={t('targets.title')}>
                    {outcome.targets.length === 0
                      ? t('targets.noneShort')
                      : outcome.targets.map((progress, index) => {
                          const scope = targetScope(progress.target, t as unknown as (key: string) => string);
                          return (
                            <span key={progress.target.id ?? index} className="table__sub">
                              {scope && `${scope}: `}
                              {progress.value == null
                                ? t('targets.noValue', { target: formatValue(progress.target.value, indicator, language), people: progress.people })
                                : t('targets.valueOf', {
                                    value: formatValue(progress.value, indicator, language),
                                    target: formatValue(progress.target.value, indicator, language),
                                    people: progress.people,
                                  })}
                              {progress.progress != null && ` · ${formatProgress(progress.progress, language)}`}
                            </span>
                          );
                        })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('activity.title')}</h2>
      <p className="field__hint">{t('activity.intro')}</p>
      {body()}
    </section>
  );
}
