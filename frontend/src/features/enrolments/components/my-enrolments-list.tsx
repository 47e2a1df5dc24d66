import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { formatPlainDate } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { MY_ENROLMENTS_PAGE_SIZE, useMyEnrolments, WITHDRAWABLE_STATUSES, type Enrolment } from '../api/get-my-enrolments';
import { EnrolmentStatusBadge } from './enrolment-status';
import { WithdrawButton } from './withdraw-button';

function EnrolmentCard({ enrolment, onWithdrawn, extra }: { enrolment: Enrolment; onWithdrawn: (enrolment: Enrolment) => void; extra?: ReactNode }) {
  const { t, i18n } = useTranslation('enrolments');
  const [error, setError] = useState<unknown>(null);
  const titleId = `enrolment-${enrolment.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        <Link to={paths.activity.getHref(enrolment.activityId)}>{enrolment.activityTitle}</Link>
      </h2>
      <dl className="card__facts">
        <div>
          <dt>{t('list.starts')}</dt>
          <dd>
            <time dateTime={enrolment.activityStartDate}>{formatPlainDate(enrolment.activityStartDate, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('list.status')}</dt>
          <dd>
            <EnrolmentStatusBadge enrolment={enrolment} />
          </dd>
        </div>
      </dl>
      {extra}
      {error != null && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      {WITHDRAWABLE_STATUSES.includes(enrolment.status) && (
        <div className="actions">
          <WithdrawButton
            enrolment={enrolment}
            onError={setError}
            onWithdrawn={(withdrawn) => {
              setError(null);
              onWithdrawn(withdrawn);
            }}
          />
        </div>
      )}
    </article>
  );
}

/**
 * Everything she enrolled in, newest first, with her place in each and the way to give it up.
 * extra adds what other features offer for an enrolment (the course link).
 */
export function MyEnrolmentsList({ page, extra }: { page: number; extra?: (enrolment: Enrolment) => ReactNode }) {
  const { t } = useTranslation('enrolments');
  const enrolments = useMyEnrolments({ page });
  const [message, setMessage] = useState<string | null>(null);

  if (enrolments.isPending) {
    return (
      <p aria-busy="true" className="loading">
        {t('list.loading')}
      </p>
    );
  }
  if (enrolments.isError) return <ErrorAlert>{errorMessage(enrolments.error)}</ErrorAlert>;

  const { items, total } = enrolments.data;
  const pages = Math.max(1, Math.ceil(total / (enrolments.data.size || MY_ENROLMENTS_PAGE_SIZE)));
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p>{total > 0 ? t('list.pastEnd') : t('list.empty')}</p>
        <p>
          <Link to={total > 0 ? paths.myLearning.getHref() : paths.catalogue.getHref()} className="button button--primary">
            {total > 0 ? t('list.firstPage') : t('list.toCatalogue')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="my-enrolments" aria-busy={enrolments.isFetching || undefined}>
      <h2 id="my-enrolments" className="visually-hidden">
        {t('list.title')}
      </h2>
      <SuccessStatus>{message}</SuccessStatus>
      <ul className="card-list">
        {items.map((enrolment) => (
          <li key={enrolment.id}>
            <EnrolmentCard enrolment={enrolment} extra={extra?.(enrolment)} onWithdrawn={(withdrawn) => setMessage(t('withdraw.doneFor', { title: withdrawn.activityTitle }))} />
          </li>
        ))}
      </ul>
      <Pagination page={enrolments.data.page} pages={pages} hrefFor={(target) => paths.myLearning.getHref({ page: target })} label={t('list.pagination')} />
    </section>
  );
}
