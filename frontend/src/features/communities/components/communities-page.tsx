import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import type { RegionOption } from '@/components/ui/place-options';
import { useCommunities, type Community } from '../api/get-communities';
import { CommunityForm } from './community-form';
import { CommunityList } from './community-list';
import { ProblemAlert } from '@/components/ui/problem-alert';
import './communities.css';

type Props = { canCreate: boolean; regions: RegionOption[]; hrefFor: (id: string) => string };

/** Every community, her place in each, and for managers a form to start one. */
export function CommunitiesPage({ canCreate, regions, hrefFor }: Props) {
  const { t } = useTranslation('communities');
  const communities = useCommunities();
  const [created, setCreated] = useState<Community | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  return (
    <>
      {canCreate && (
        <details className="disclosure community-new" open={formOpen} onToggle={(event) => setFormOpen(event.currentTarget.open)}>
          <summary>{t('form.heading')}</summary>
          <CommunityForm
            regions={regions}
            onCreated={(community) => {
              setCreated(community);
              setFormOpen(false);
            }}
          />
        </details>
      )}
      <SuccessStatus>{created ? t('form.created', { name: created.name }) : null}</SuccessStatus>
      {communities.isPending ? (
        <p aria-busy="true">{t('list.loading')}</p>
      ) : communities.isError ? (
        <ProblemAlert error={communities.error} />
      ) : (
        <CommunityList communities={communities.data} hrefFor={hrefFor} />
      )}
    </>
  );
}
