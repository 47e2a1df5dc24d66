import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/dates';
import { currentLanguage } from '@/lib/i18n';
import { useAbuseReports, useResolveAbuseReport } from '../api/get-abuse-reports';
import { HideAction } from './post-actions';
import { ProblemAlert } from '@/components/ui/problem-alert';

/** Reports nobody resolved yet: hide the post from here, then mark the report resolved. Moderators. */
export function AbuseReports({ communityId }: { communityId: string }) {
  const { t } = useTranslation('communities');
  const reports = useAbuseReports(communityId);
  const resolve = useResolveAbuseReport(communityId);
  if (reports.isPending) return <p aria-busy="true">{t('reports.loading')}</p>;
  if (reports.isError) return <ProblemAlert error={reports.error} />;
  if (reports.data.length === 0) return <p>{t('reports.empty')}</p>;
  return (
    <>
      <ProblemAlert error={resolve.error} />
      <ul className="card-list">
        {reports.data.map((report) => (
          <li key={report.id} className="card">
            <blockquote className="abuse-report__excerpt">
              <p>{report.postExcerpt}</p>
              <footer>
                {t('reports.postBy', { name: report.postAuthorName })}
                {report.postHidden && (
                  <>
                    {' '}
                    <span className="badge badge--muted">{t('post.hidden')}</span>
                  </>
                )}
              </footer>
            </blockquote>
            <p>
              {t('reports.reportedBy', { name: report.reporterName, date: formatInstant(report.createdAt, currentLanguage()) })}
              <br />
              <strong>{t('reports.reason')}</strong> {report.reason}
            </p>
            <div className="actions">
              {!report.postHidden && <HideAction communityId={communityId} postId={report.postId} what={report.postExcerpt} />}
              <button
                type="button"
                className="button button--small"
                aria-disabled={(resolve.isPending && resolve.variables === report.id) || undefined}
                onClick={() => !resolve.isPending && resolve.mutate(report.id)}
              >
                {t('reports.resolve')}
                <span className="visually-hidden">: {report.postExcerpt}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
