import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SuccessStatus } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ProgrammeActivities } from '@/features/activities/components/programme-activities';
import { ProgrammeForm } from '@/features/programmes/components/programme-form';
import { OrganisationList } from '@/features/programmes/components/organisation-list';
import { ProgrammeList } from '@/features/programmes/components/programme-list';

export function ManageProgrammesRoute() {
  const { t } = useTranslation('manage');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <Page title={t('title')} intro={t('intro')}>
      <SuccessStatus>{created && t('programme.done', { name: created })}</SuccessStatus>
      <details className="disclosure">
        <summary>{t('programme.newTitle')}</summary>
        <ProgrammeForm onSuccess={(programme) => setCreated(programme.name)} />
      </details>
      <OrganisationList />
      <ProgrammeList
        page={page}
        hrefFor={(next) => paths.manage.programmes.getHref({ page: next })}
        renderExtra={(programme) => (
          <>
            <ProgrammeActivities programmeId={programme.id} />
            <p className="actions">
              <Link to={paths.manage.newActivity.getHref(programme.id)} className="button">
                {t('activities.new')}
                <span className="visually-hidden"> {t('activities.newIn', { programme: programme.name })}</span>
              </Link>
              <Link to={paths.manage.programme.getHref(programme.id)} className="button">
                {t('programme.manage')}
                <span className="visually-hidden">: {programme.name}</span>
              </Link>
            </p>
          </>
        )}
      />
    </Page>
  );
}

export default ManageProgrammesRoute;
