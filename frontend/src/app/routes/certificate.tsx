import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { useCertificate } from '@/features/certificates/api/get-certificate';
import { CertificateView } from '@/features/certificates/components/certificate-view';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** Public: whoever holds a certificate's code (or scans its QR code) sees whether it is valid. */
export function CertificateRoute() {
  const { t } = useTranslation('certificates');
  const { code = '' } = useParams();
  const certificate = useCertificate(code);

  const body = () => {
    if (certificate.isPending) {
      return (
        <p aria-busy="true" className="loading">
          {t('verify.loading')}
        </p>
      );
    }
    if (certificate.isError) {
      if (certificate.error instanceof ApiError && certificate.error.status === 404) {
        return (
          <div className="alert alert--error">
            <span aria-hidden="true" className="alert__icon">
              ?
            </span>
            <p>{t('verify.notFound')}</p>
          </div>
        );
      }
      return (
        <ErrorAlert>
          <p>{t('verify.failed')}</p>
          <p>{errorMessage(certificate.error)}</p>
        </ErrorAlert>
      );
    }
    return (
      <>
        <CertificateView certificate={certificate.data} />
        <p className="no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('verify.print')}
          </button>
        </p>
      </>
    );
  };

  return <Page title={t('verify.title')}>{body()}</Page>;
}

export default CertificateRoute;
