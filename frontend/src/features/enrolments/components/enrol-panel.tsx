import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth';
import { errorMessage, fieldErrorMessage } from '@/lib/error-message';
import { useEnrol } from '../api/enrol';
import { useEligibility, type EligibilityReason } from '../api/get-eligibility';
import { useCurrentEnrolment, WITHDRAWABLE_STATUSES } from '../api/get-my-enrolments';
import { enrolState, type EnrolableActivity } from './enrol-state';
import { useEnrolmentSentence } from './enrolment-status';
import { WithdrawButton } from './withdraw-button';

/** A button that says why nothing can be done; still focusable, so the reason can be reached. */
function Unavailable({ children, describedBy }: { children: string; describedBy?: string }) {
  return (
    <button type="button" className="button button--unavailable" aria-disabled="true" aria-describedby={describedBy}>
      {children}
    </button>
  );
}

const PROFILE_FIELDS = ['countryCode', 'gender', 'womenLed', 'womenOwned'] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];
const profileField = (rule: string): ProfileField | undefined =>
  PROFILE_FIELDS.find((field) => rule === `profile.${field}`) ?? (rule.startsWith('profile.') ? 'countryCode' : undefined);

function Reasons({ id, reasons }: { id: string; reasons: EligibilityReason[] }) {
  const { t } = useTranslation('enrolments');
  return (
    <ul id={id} className="reasons">
      {reasons.map((reason, index) => {
        const field = profileField(reason.rule);
        return (
          <li key={`${reason.rule}-${index}`}>
            {fieldErrorMessage(reason)}
            {field && (
              <>
                {' '}
                <Link to={paths.profile.getHref()}>{t(`profileLink.${field}`)}</Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One button that says what will happen (sign in, enrol, join the waitlist, or why she cannot),
 * or, once she has a place, that place and the way to give it up. Results are announced.
 */
export function EnrolPanel({ activity }: { activity: EnrolableActivity }) {
  const { t } = useTranslation('enrolments');
  const location = useLocation();
  const signedIn = useIsSignedIn();
  const headingId = useId();
  const reasonsId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const sentence = useEnrolmentSentence();

  const current = useCurrentEnrolment(activity.id);
  const open = activity.status === 'PUBLISHED' && activity.enrolmentOpen;
  const eligibility = useEligibility(activity.id, { enabled: signedIn && open });
  const enrol = useEnrol({
    onSuccess: () => {
      setNotice(null);
      statusRef.current?.focus();
    },
  });

  const state = enrolState({
    activity,
    signedIn,
    enrolment: current.enrolment,
    eligibility: eligibility.isError ? null : eligibility.data,
  });

  const start = () => {
    if (enrol.isPending) return;
    setNotice(null);
    setWithdrawError(null);
    enrol.reset();
    enrol.enrolNow(activity.id);
  };
  const enrolError = enrol.error;

  const action = () => {
    switch (state.kind) {
      case 'member':
        return WITHDRAWABLE_STATUSES.includes(state.enrolment.status) ? (
          <WithdrawButton
            enrolment={state.enrolment}
            onWithdrawn={() => {
              enrol.reset();
              setWithdrawError(null);
              setNotice(t('withdraw.done'));
              statusRef.current?.focus();
            }}
            onError={setWithdrawError}
          />
        ) : null;
      case 'closed':
        return <Unavailable>{t('button.closed')}</Unavailable>;
      case 'signIn':
        return (
          <Link to={paths.auth.signIn.getHref(location.pathname + location.search)} className="button button--primary">
            {t('button.signIn')}
          </Link>
        );
      case 'checking':
        return (
          <button type="button" className="button" aria-disabled="true" aria-busy="true">
            {t('button.checking')}
          </button>
        );
      case 'notEligible':
        return (
          <>
            <Unavailable describedBy={reasonsId}>{t('button.notEligible')}</Unavailable>
            <Reasons id={reasonsId} reasons={state.reasons} />
          </>
        );
      case 'apply':
      case 'waitlist':
      case 'enrol':
        return (
          <button type="button" className="button button--primary" aria-disabled={enrol.isPending || undefined} onClick={start}>
            {enrol.isPending ? t('button.pending') : t(`button.${state.kind}`)}
          </button>
        );
    }
  };

  return (
    <section aria-labelledby={headingId} className="enrol-panel">
      <h2 id={headingId}>{t('panel.title')}</h2>
      <div ref={statusRef} tabIndex={-1} role="status" className={state.kind === 'member' || notice ? 'enrol-panel__status' : 'visually-hidden'}>
        {state.kind === 'member' ? <p>{sentence(state.enrolment)}</p> : notice && <p>{notice}</p>}
      </div>
      {enrolError != null && !enrol.isPending && (
        <ErrorAlert>
          <p>{errorMessage(enrolError)}</p>
          {enrolError instanceof ApiError && enrolError.fieldErrors.length > 0 && (
            <ul>
              {enrolError.fieldErrors.map((fieldError, index) => (
                <li key={index}>{fieldErrorMessage(fieldError)}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {withdrawError != null && <ErrorAlert>{errorMessage(withdrawError)}</ErrorAlert>}
      <div className="enrol-panel__action">{action()}</div>
    </section>
  );
}
