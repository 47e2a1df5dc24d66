import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '@/lib/localized';
import type { Figure, Outcome, TargetProgress } from '../api/outcomes';
import { formatChange, formatPeriod, formatProgress, formatValue } from './format';

/** "n = 12", or "stated" for a baseline the manager wrote: a figure never shows without its base. */
export function FigureBase({ figure }: { figure: Figure }) {
  const { t } = useTranslation('outcomes');
  if (figure.basis === 'STATED') return <>{t('figures.stated')}</>;
  if (figure.people == null) return <>{t(`figures.bases.${figure.basis}`)}</>;
  return <>{t('figures.basedOn', { people: figure.people, basis: t(`figures.bases.${figure.basis}`) })}</>;
}

function FigureLine({ label, figure, outcome }: { label: ReactNode; figure: Figure | null | undefined; outcome: Outcome }) {
  const { t, i18n } = useTranslation('outcomes');
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {figure ? (
          <>
            <strong>{formatValue(figure.value, outcome.indicator, i18n.language)}</strong>{' '}
            <span className="figure__base">
              (<FigureBase figure={figure} />)
            </span>
          </>
        ) : (
          t('figures.none')
        )}
      </dd>
    </div>
  );
}

/** Who a target is about: everyone, women, people from LDCs... */
export function targetScope(target: TargetProgress['target'], t: (key: string) => string): string | null {
  const parts = [target.gender ? t(`targets.genders.${target.gender}`) : null, target.countryGroup ? t(`targets.groups.${target.countryGroup}`) : null];
  const scope = parts.filter(Boolean).join(', ');
  return scope || null;
}

export function TargetBar({ progress, outcome }: { progress: TargetProgress; outcome: Outcome }) {
  const { t, i18n } = useTranslation('outcomes');
  const language = i18n.language;
  const { target } = progress;
  const scope = targetScope(target, t as unknown as (key: string) => string);
  const share = progress.progress == null ? null : Math.max(0, Math.min(1, progress.progress));
  return (
    <li className="target">
      <p className="target__period">
        {formatPeriod(target.from, target.to, language)}
        {scope && <span className="badge badge--muted target__scope">{scope}</span>}
      </p>
      <p className="target__figure">
        {progress.value == null
          ? t('targets.noValue', { target: formatValue(target.value, outcome.indicator, language), people: progress.people })
          : t('targets.valueOf', {
              value: formatValue(progress.value, outcome.indicator, language),
              target: formatValue(target.value, outcome.indicator, language),
              people: progress.people,
            })}
      </p>
      {share != null && progress.progress != null && (
        <div className="progress">
          <div className={progress.progress >= 1 ? 'progress__bar progress__bar--reached' : 'progress__bar'} aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </div>
          <span className="progress__label">{t('targets.progress', { percent: formatProgress(progress.progress, language) })}</span>
        </div>
      )}
    </li>
  );
}

/** One indicator and where it stands: baseline, latest, change, the same people before and after, and each target. */
export function OutcomeCard({ outcome, actions }: { outcome: Outcome; actions?: ReactNode }) {
  const { t, i18n } = useTranslation('outcomes');
  const headingId = useId();
  const language = i18n.language;
  const { indicator } = outcome;
  return (
    <li className="card outcome-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {localized(indicator.name, language)}
      </h3>
      <p className="field__hint">
        <code>{indicator.code}</code> · {t(`units.${indicator.unit}`)}
        {indicator.unit === 'CURRENCY' && indicator.currency ? ` (${indicator.currency})` : ''} · {t(`sources.${indicator.source}`)} ·{' '}
        {t(`directions.${indicator.direction}`)}
        {indicator.cumulative ? ` · ${t('indicator.cumulativeShort')}` : ''}
      </p>
      <dl className="facts">
        <FigureLine label={t('figures.baseline')} figure={outcome.baseline} outcome={outcome} />
        <FigureLine label={t('figures.latest')} figure={outcome.latest} outcome={outcome} />
        {outcome.change != null && (
          <div>
            <dt>{t('figures.change')}</dt>
            <dd>
              <strong>{formatChange(outcome.change, indicator, language)}</strong>
            </dd>
          </div>
        )}
      </dl>
      {outcome.paired && (
        <p className="outcome-card__paired">
          {t('figures.paired', {
            count: outcome.paired.people,
            before: formatValue(outcome.paired.before, indicator, language),
            after: formatValue(outcome.paired.after, indicator, language),
          })}
        </p>
      )}
      {outcome.targets.length > 0 ? (
        <>
          <h4 className="outcome-card__subheading">{t('targets.title')}</h4>
          <ul className="target-list">
            {outcome.targets.map((progress, index) => (
              <TargetBar key={progress.target.id ?? index} progress={progress} outcome={outcome} />
            ))}
          </ul>
        </>
      ) : (
        <p className="field__hint">{t('targets.none')}</p>
      )}
      {actions}
    </li>
  );
}
