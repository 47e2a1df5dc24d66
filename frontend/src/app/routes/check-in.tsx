import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { CheckInForm } from '@/features/attendance/components/check-in-form';

/** Where the QR code a trainer shows leads: the code arrives filled in, one tap checks her in. */
export function CheckInRoute() {
  const { t } = useTranslation('attendance');
  const { sessionId = '' } = useParams();
  const [params] = useSearchParams();
  return (
    <Page title={t('checkIn.title')} intro={t('checkIn.intro')}>
      <CheckInForm sessionId={sessionId} initialCode={params.get('code') ?? ''} />
      <p className="aside">
        <Link to={paths.myLearning.getHref()}>{t('checkIn.myLearning')}</Link>
      </p>
    </Page>
  );
}

export default CheckInRoute;
