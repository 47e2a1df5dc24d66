import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHidePost, useReportPost } from '../api/moderate-post';
import { isProblem } from '@/components/ui/problem-alert';
import { ReasonForm } from './reason-form';

/** Report a post to the moderators; a second report of the same post counts as done. */
export function ReportAction({ communityId, postId, what }: { communityId: string; postId: string; what: string }) {
  const { t } = useTranslation('communities');
  const [asking, setAsking] = useState(false);
  const report = useReportPost(communityId);
  const already = isProblem(report.error, 'community.already-reported');

  if (report.isSuccess || already) {
    return (
      <p role="status" className="badge badge--info">
        {already ? t('report.already') : t('report.done')}
      </p>
    );
  }
  if (!asking) {
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {t('report.button')}
        <span className="visually-hidden">: {what}</span>
      </button>
    );
  }
  return (
    <ReasonForm
      label={t('report.reason')}
      submitLabel={t('report.submit')}
      pendingLabel={t('report.pending')}
      pending={report.isPending}
      error={report.error}
      onSubmit={(reason) => report.mutate({ postId, reason })}
      onCancel={() => {
        report.reset();
        setAsking(false);
      }}
    />
  );
}

/** Moderators hide a post with a reason members never see; moderators see it greyed. */
export function HideAction({ communityId, postId, what }: { communityId: string; postId: string; what: string }) {
  const { t } = useTranslation('communities');
  const [asking, setAsking] = useState(false);
  const hide = useHidePost(communityId);

  if (!asking) {
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {t('hide.button')}
        <span className="visually-hidden">: {what}</span>
      </button>
    );
  }
  return (
    <ReasonForm
      label={t('hide.reason')}
      submitLabel={t('hide.submit')}
      pendingLabel={t('hide.pending')}
      pending={hide.isPending}
      error={hide.error}
      onSubmit={(reason) => hide.mutate({ postId, reason }, { onSuccess: () => setAsking(false) })}
      onCancel={() => {
        hide.reset();
        setAsking(false);
      }}
    />
  );
}
