import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useActivityAttendance } from '../api/get-activity-attendance';
import { useCompletionRule } from '../api/get-completion-rule';
import { useCompletions } from '../api/get-completions';
import { CertificateRevocation } from './certificate-revocation';
import { CompletionDecision } from './completion-decision';
import { CompletionRuleForm } from './completion-rule-form';
import './attendance.css';

export const formatPercent = (rate: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/**
 * Where an activity stands: sessions held, each person's rate against the threshold, who is at
 * risk, who completed (and her certificate), and the decisions trainers and managers may take.
 */
export function ActivityAttendance({
  activityId,
  canSetRule = false,
  canRevokeCertificates = false,
}: {
  activityId: string;
  /** Managers set the completion rule... */
  canSetRule?: boolean;
  /** ...and revoke certificates; trainers do neither. */
  canRevokeCertificates?: boolean;
}) {
  const { t, i18n } = useTranslation('attendance');
  const headingId = useId();
  const attendance = useActivityAttendance(activityId);
  const completions = useCompletions(activityId);
  const rule = useCompletionRule(activityId);
  const language = i18n.language;

  const body = () => {
    if (attendance.isPending) return <p aria-busy="true">{t('rates.loading')}</p>;
    if (attendance.isError) return <ErrorAlert>{errorMessage(attendance.error)}</ErrorAlert>;
    const data = attendance.data;
    return (
      <>
        <p>{t('rates.held', { held: data.sessionsHeld, planned: data.sessionsPlanned })}</p>
        <p>{t('rates.threshold', { percent: formatPercent(data.threshold, language) })}</p>
        {data.rate != null && <p>{t('rates.overall', { percent: formatPercent(data.rate, language) })}</p>}
        {completions.isError && <ErrorAlert>{errorMessage(completions.error)}</ErrorAlert>}
        {data.people.length === 0 ? (
          <p>{t('rates.nobody')}</p>
        ) : (
          <ul className="card-list completion-list">
            {data.people.map((person) => {
              const completion = completions.data?.find((candidate) => candidate.enrolmentId === person.enrolmentId);
              return (
                <li key={person.enrolmentId} className="card" aria-label={person.displayName}>
                  <p className="card__title">
                    <strong>{person.displayName}</strong>
                  </p>
                  <p>
                    {t('rates.rate')}: <strong>{person.rate == null ? t('rates.none') : formatPercent(person.rate, language)}</strong>{' '}
                    ({person.attended}/{person.held})
                    {person.atRisk && <span className="badge badge--off">⚠ {t('rates.atRisk')}</span>}
                    {!person.canStillComplete && <span className="badge badge--off">{t('rates.cannotComplete')}</span>}
                  </p>
                  {completion && (
                    <p>
                      {completion.completed ? (
                        <span className="badge badge--ok">✓ {t('rates.completed')}</span>
                      ) : (
                        <span className="badge badge--muted">{t('rates.notCompleted')}</span>
                      )}{' '}
                      {completion.automatic ? t('rates.automatic') : completion.reason && t('rates.decided', { reason: completion.reason })}
                      {completion.certificateCode && (
                        <>
                          {' · '}
                          {t('rates.certificate', { code: completion.certificateCode })}
                        </>
                      )}
                    </p>
                  )}
                  {canRevokeCertificates && completion && <CertificateRevocation activityId={activityId} completion={completion} />}
                  <CompletionDecision activityId={activityId} completion={completion} />
                </li>
              );
            })}
          </ul>
        )}
        {canSetRule && rule.data && <CompletionRuleForm activityId={activityId} rule={rule.data} />}
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section" aria-busy={attendance.isPending || undefined}>
      <h2 id={headingId}>{t('rates.title')}</h2>
      {body()}
    </section>
  );
}
