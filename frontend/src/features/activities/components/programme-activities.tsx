import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { formatPlainDateRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { useProgrammeActivities } from '../api/get-programme-activities';

/** A programme's published activities, each linking to its manage page. */
export function ProgrammeActivities({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('manage');
  const activities = useProgrammeActivities(programmeId);
  return (
    <div className="section">
      <h4>{t('activities.heading')}</h4>
      <p className="field__hint">{t('activities.note')}</p>
      {activities.isPending ? (
        <p aria-busy="true" className="loading">
          {t('activities.loading')}
        </p>
      ) : activities.isError ? (
        <ErrorAlert>{errorMessage(activities.error)}</ErrorAlert>
      ) : activities.data.items.length === 0 ? (
        <p>{t('activities.empty')}</p>
      ) : (
        <ul className="inline-list">
          {activities.data.items.map((activity) => (
            <li key={activity.id}>
              <Link to={paths.manage.activity.getHref(activity.id)}>{activity.title}</Link>{' '}
              <span className="field__hint">{formatPlainDateRange(activity.startDate, activity.endDate, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
