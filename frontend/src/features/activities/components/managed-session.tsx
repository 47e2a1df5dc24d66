import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { useDeleteSession } from '../api/delete-session';
import type { Session } from '../api/get-sessions';
import { SessionForm } from './session-form';

/** A session as the public sees it, with "edit" (in place) and "delete" (after asking) for those who run the activity. */
export function ManagedSession({ activityId, session, children }: { activityId: string; session: Session; children: ReactNode }) {
  const { t } = useTranslation('manage');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteSession(activityId);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the form, focus returns to the button that opened it.
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return <SessionForm activityId={activityId} session={session} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  }
  return (
    <>
      {children}
      {remove.error && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
      <div className="actions session__actions">
        <button ref={editRef} type="button" className="button" onClick={() => setEditing(true)}>
          {t('session.editButton')}
          <span className="visually-hidden">: {session.title}</span>
        </button>
        <ConfirmButton
          context={session.title}
          question={t('session.deleteQuestion', { title: session.title })}
          confirmLabel={t('session.deleteConfirm')}
          cancelLabel={t('session.keep')}
          pending={remove.isPending}
          pendingLabel={t('session.deleting')}
          onConfirm={() => remove.mutate(session.id)}
        >
          {t('session.delete')}
        </ConfirmButton>
      </div>
    </>
  );
}
