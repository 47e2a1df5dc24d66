import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatPlainDate, formatPlainDateRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { useDownloadCertificatePdf } from '../api/download-certificate-pdf';
import type { Certificate } from '../api/get-certificate';
import { useMyCertificates } from '../api/get-my-certificates';

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation('certificates');
  const download = useDownloadCertificatePdf();
  const language = i18n.language;
  return (
    <li className="card" aria-label={certificate.activityTitle}>
      <h3 className="card__title">{certificate.activityTitle}</h3>
      <p>
        {certificate.valid ? (
          <span className="badge badge--ok">✓ {t('status.valid')}</span>
        ) : (
          <span className="badge badge--off">✗ {t('status.revoked')}</span>
        )}
      </p>
      <p>{formatPlainDateRange(certificate.startDate, certificate.endDate, language)}</p>
      <p>{t('mine.issued', { date: formatPlainDate(certificate.issuedAt.slice(0, 10), language) })}</p>
      {!certificate.valid && certificate.revocationReason && (
        <p>
          {t('verify.reason')}: {certificate.revocationReason}
        </p>
      )}
      {download.error && <ErrorAlert>{errorMessage(download.error)}</ErrorAlert>}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={download.isPending || undefined}
          onClick={() => !download.isPending && download.mutate(certificate.code)}
        >
          {download.isPending ? t('mine.downloading') : t('mine.download')}
          <span className="visually-hidden">: {certificate.activityTitle}</span>
        </button>
        <Link className="button" to={paths.certificate.getHref(certificate.code)}>
          {t('mine.verify')}
          <span className="visually-hidden">: {certificate.activityTitle}</span>
        </Link>
      </div>
    </li>
  );
}

/** Her certificates, valid or revoked, each with its PDF and its public verification page. */
export function MyCertificatesList() {
  const { t } = useTranslation('certificates');
  const headingId = useId();
  const certificates = useMyCertificates();
  const body = () => {
    if (certificates.isPending) return <p aria-busy="true">{t('mine.loading')}</p>;
    if (certificates.isError) return <ErrorAlert>{errorMessage(certificates.error)}</ErrorAlert>;
    if (certificates.data.length === 0) return <p>{t('mine.none')}</p>;
    return (
      <ul className="card-list">
        {certificates.data.map((certificate) => (
          <CertificateCard key={certificate.code} certificate={certificate} />
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('mine.title')}</h2>
      {body()}
    </section>
  );
}
