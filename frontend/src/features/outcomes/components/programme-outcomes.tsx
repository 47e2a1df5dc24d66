import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { useDeleteIndicator } from '../api/indicators';
import { useProgrammeOutcomes, type Outcome } from '../api/outcomes';
import { IndicatorForm } from './indicator-form';
import { OutcomeCard } from './outcome-card';
import './outcomes.css';

function IndicatorActions({ programmeId, outcome, onSaved }: { programmeId: string; outcome: Outcome; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation('outcomes');
  const remove = useDeleteIndicator();
  const [editing, setEditing] = useState(false);
  const { indicator } = outcome;
  const name = localized(indicator.name, i18n.language);
  return (
    <>
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
      <div className="actions">
        <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('indicator.closeEdit') : t('indicator.edit')}
          <span className="visually-hidden">: {name}</span>
        </button>
        <ConfirmButton
          context={name}
          question={t('indicator.deleteQuestion', { name })}
          confirmLabel={t('indicator.deleteConfirm')}
          cancelLabel={t('indicator.cancel')}
          pending={remove.isPending}
          pendingLabel={t('indicator.deleting')}
          onConfirm={() => remove.mutate(indicator.id, { onSuccess: () => onSaved(t('indicator.deleted', { name })) })}
        >
          {t('indicator.delete')}
        </ConfirmButton>
      </div>
      {editing && (
        <IndicatorForm
          programmeId={programmeId}
          indicator={indicator}
          onSaved={() => {
            setEditing(false);
            onSaved(t('indicator.saved', { name }));
          }}
        />
      )}
    </>
  );
}

/** The programme's indicators with where each stands, and the manager's changes to them. */
export function ProgrammeOutcomes({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('outcomes');
  const headingId = useId();
  const outcomes = useProgrammeOutcomes(programmeId);
  const [message, setMessage] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const body = () => {
    if (outcomes.isPending) return <p aria-busy="true">{t('figures.loading')}</p>;
    if (outcomes.isError) return <ErrorAlert>{errorMessage(outcomes.error)}</ErrorAlert>;
    if (outcomes.data.length === 0) return <p>{t('indicator.empty')}</p>;
    return (
      <ul className="card-list card-list--single outcome-list">
        {outcomes.data.map((outcome) => (
          <OutcomeCard key={outcome.indicator.id} outcome={outcome} actions={<IndicatorActions programmeId={programmeId} outcome={outcome} onSaved={setMessage} />} />
        ))}
      </ul>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section outcomes-section">
      <h2 id={headingId}>{t('indicator.title')}</h2>
      <p className="field__hint">{t('figures.rule')}</p>
      <SuccessStatus>{message}</SuccessStatus>
      {body()}
      <details className="disclosure" open={adding} onToggle={(event) => setAdding(event.currentTarget.open)}>
        <summary>{t('indicator.addTitle')}</summary>
        {adding && (
          <IndicatorForm
            programmeId={programmeId}
            onSaved={(saved) => {
              setAdding(false);
              setMessage(t('indicator.added', { name: localized(saved.name, i18n.language) }));
            }}
          />
        )}
      </details>
    </section>
  );
}
