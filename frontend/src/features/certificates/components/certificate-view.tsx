import { useTranslation } from 'react-i18next';
import { formatInstant, formatPlainDate, formatPlainDateRange } from '@/lib/dates';
import type { Certificate } from '../api/get-certificate';
import './certificate.css';

/** What the certificate says, and whether it still stands: readable on a phone, printable on paper. */
export function CertificateView({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language;
  return (
    <article className="certificate" aria-label={t('verify.title')}>
      {certificate.valid ? (
        <p className="alert alert--success">
          <span aria-hidden="true" className="alert__icon">
            ✓
          </span>
          <strong>{t('verify.validLead')}</strong>
        </p>
      ) : (
        <div className="alert alert--error">
          <span aria-hidden="true" className="alert__icon">
            ✗
          </span>
          <div>
            <p>
              <strong>{t('verify.revokedLead')}</strong>
            </p>
            {certificate.revokedAt && <p>{t('verify.revokedOn', { date: formatInstant(certificate.revokedAt, language) })}</p>}
            {certificate.revocationReason && (
              <p>
                {t('verify.reason')}: {certificate.revocationReason}
              </p>
            )}
          </div>
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('verify.holder')}</dt>
          <dd>{certificate.holderName}</dd>
        </div>
        <div>
          <dt>{t('verify.activity')}</dt>
          <dd>{certificate.activityTitle}</dd>
        </div>
        <div>
          <dt>{t('verify.programme')}</dt>
          <dd>{certificate.programmeName}</dd>
        </div>
        <div>
          <dt>{t('verify.dates')}</dt>
          <dd>{formatPlainDateRange(certificate.startDate, certificate.endDate, language)}</dd>
        </div>
        <div>
          <dt>{t('verify.issued')}</dt>
          <dd>{formatPlainDate(certificate.issuedAt.slice(0, 10), language)}</dd>
        </div>
        <div>
          <dt>{t('verify.code')}</dt>
          <dd>
            <code>{certificate.code}</code>
          </dd>
        </div>
      </dl>
    </article>
  );
}
