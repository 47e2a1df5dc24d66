import { useTranslation } from 'react-i18next';
import { useSetDigest } from '../api/change-membership';
import type { Community } from '../api/get-communities';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** A switch that saves as soon as she flips it. */
export function DigestSwitch({ community }: { community: Community }) {
  const { t } = useTranslation('communities');
  const digest = useSetDigest(community.id);
  const checked = digest.isPending ? digest.variables : Boolean(community.digest);
  return (
    <div className="digest">
      <ProblemAlert error={digest.error} />
      <label className="choice">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-busy={digest.isPending || undefined}
          onChange={(event) => digest.mutate(event.target.checked)}
        />
        <span>{t('digest.label')}</span>
      </label>
    </div>
  );
}
