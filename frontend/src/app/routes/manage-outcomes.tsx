import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useIndicators } from '@/features/outcomes/api/indicators';
import { MilestoneCatalogue } from '@/features/outcomes/components/milestone-catalogue';
import { ProgrammeOutcomes } from '@/features/outcomes/components/programme-outcomes';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { SurveyTemplates } from '@/features/surveys-admin/components/survey-templates';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';

/** A programme's results framework: its indicators and where they stand, its milestones and its survey templates. */
export function ManageOutcomesRoute() {
  const { t, i18n } = useTranslation('outcomes');
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const indicators = useIndicators(id);
  const back = (
    <p className="aside">
      <Link to={paths.manage.programme.getHref(id)}>{t('page.back')}</Link>
    </p>
  );

  if (programme.isError) {
    return (
      <Page title={t('page.loading')}>
        <ErrorAlert>{errorMessage(programme.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (programme.isPending) {
    return (
      <Page title={t('page.loading')}>
        <p aria-busy="true" className="loading">
          {t('page.loading')}
        </p>
      </Page>
    );
  }
  // Questions of a template may feed the programme's survey indicators.
  const surveyIndicators = (indicators.data ?? [])
    .filter((indicator) => indicator.source === 'SURVEY')
    .map((indicator) => ({ id: indicator.id, label: `${indicator.code} · ${localized(indicator.name, i18n.language)}`, aggregation: indicator.aggregation ?? null }));
  return (
    <Page title={t('page.title', { name: programme.data.name })} intro={t('page.intro')}>
      {back}
      <ProgrammeOutcomes programmeId={id} />
      <SurveyTemplates programmeId={id} indicators={surveyIndicators} />
      <MilestoneCatalogue programmeId={id} />
      {back}
    </Page>
  );
}

export default ManageOutcomesRoute;
