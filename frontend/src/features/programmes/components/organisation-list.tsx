import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useOrganisations, type Organisation } from '../api/get-organisations';
import { OrganisationForm } from './organisation-form';

/** One organisation, with "edit" in place; back from the form, focus returns to the button that opened it. */
function OrganisationItem({ organisation, onSaved }: { organisation: Organisation; onSaved: (organisation: Organisation) => void }) {
  const { t } = useTranslation('manage');
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <OrganisationForm
        organisation={organisation}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          onSaved(saved);
        }}
      />
    );
  }
  return (
    <>
      <p className="organisation__name">
        <strong>{organisation.name}</strong>
        {organisation.acronym && ` (${organisation.acronym})`}
      </p>
      {organisation.website && (
        <p className="organisation__website">
          <a href={organisation.website} rel="noopener noreferrer" target="_blank">
            {organisation.website}
          </a>
        </p>
      )}
      <div className="actions">
        <button ref={editRef} type="button" className="button" onClick={() => setEditing(true)}>
          {t('organisation.edit')}
          <span className="visually-hidden">: {organisation.name}</span>
        </button>
      </div>
    </>
  );
}

/** Every partner organisation, by name, each of which a manager can correct; folded until she opens it. */
export function OrganisationList() {
  const { t } = useTranslation('manage');
  const organisations = useOrganisations();
  const [saved, setSaved] = useState<string | null>(null);
  const sorted = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <details className="disclosure section">
      <summary>
        <h2 className="disclosure__heading">{t('organisation.listHeading')}</h2>
      </summary>
      <p className="field__hint">{t('organisation.listIntro')}</p>
      <SuccessStatus>{saved && t('organisation.saved', { name: saved })}</SuccessStatus>
      {organisations.isPending ? (
        <p aria-busy="true" className="loading">
          {t('organisation.loading')}
        </p>
      ) : organisations.isError ? (
        <ErrorAlert>{errorMessage(organisations.error)}</ErrorAlert>
      ) : sorted.length === 0 ? (
        <p>{t('organisation.none')}</p>
      ) : (
        <ul className="organisation-list">
          {sorted.map((organisation) => (
            <li key={organisation.id} className="organisation">
              <OrganisationItem organisation={organisation} onSaved={(each) => setSaved(each.name)} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
