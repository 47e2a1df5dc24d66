import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { getProgrammes, programmesQueryKey } from '@/features/programmes/api/get-programmes';
import { reportHrefSearch, reportSearchFromParams } from '@/features/reports/api/get-participation';
import { ParticipationDashboard } from '@/features/reports/components/participation-dashboard';
import { hasRole, useUser } from '@/lib/auth';
import { currentLanguage } from '@/lib/i18n';
import { usePlaceNames } from '../use-place-names';

/** The programmes a manager can pick; one page of the largest size covers any programme team. */
function useProgrammeChoices(enabled: boolean) {
  const programmes = useQuery({
    queryKey: [...programmesQueryKey, 'choices'],
    queryFn: ({ signal }) => getProgrammes({ page: 0, size: 100 }, signal),
    enabled,
  });
  return useMemo(() => programmes.data?.items.map((programme) => ({ value: programme.id, label: programme.name })), [programmes.data]);
}

/** Participation figures for the programmes a manager runs or the activities a trainer teaches. */
export function ReportsRoute() {
  const { t } = useTranslation('reports');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useUser();
  const search = useMemo(() => reportSearchFromParams(params), [params]);
  const { countryChoices, regionChoices } = usePlaceNames();
  const picksProgrammes = hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN');
  const programmes = useProgrammeChoices(picksProgrammes);

  return (
    <Page title={t('title')} intro={t('intro')}>
      <ParticipationDashboard
        search={search}
        onSearch={(next) => navigate(paths.reports.getHref(reportHrefSearch(next)), { preventScrollReset: true })}
        programmes={picksProgrammes ? (programmes ?? []) : undefined}
        regions={regionChoices}
        countries={countryChoices}
        language={currentLanguage()}
      />
    </Page>
  );
}

export default ReportsRoute;
