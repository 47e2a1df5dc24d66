import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { errorMessage, fieldErrorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useStaffInRoles, type StaffMember, type StaffRole } from '../api/get-staff';

type Props = {
  /** What the people are here, for the wording; REVIEWER is any of searchRoles. */
  role: StaffRole | 'REVIEWER';
  /** The roles colleagues are searched in; the role itself unless given. */
  searchRoles?: readonly StaffRole[];
  /** More about someone on the list (a reviewer's progress). */
  describe?: (person: StaffMember) => ReactNode;
  /** Who holds the role here now; undefined while loading. */
  people: StaffMember[] | undefined;
  loadError?: unknown;
  /** Saves the whole new list (the API replaces it). */
  onSave: (ids: string[]) => Promise<unknown>;
  /** The API refuses to go below this many (a programme keeps at least one manager). */
  minimum?: number;
};

/**
 * The trainers of an activity or the managers of a programme: each can be removed, and colleagues
 * with the role are found by name or e-mail and added. Every change is saved at once.
 */
export function StaffEditor({ role, searchRoles, describe, people, loadError, onSave, minimum = 0 }: Props) {
  const { t } = useTranslation('manage');
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 300);
  const matches = useStaffInRoles(searchRoles ?? (role === 'REVIEWER' ? [] : [role]), query);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const save = async (ids: string[], message: string, { clearSearch = false } = {}) => {
    if (pending) return;
    setPending(true);
    setError(null);
    setDone(null);
    try {
      await onSave(ids);
      setDone(message);
      if (clearSearch) setQ('');
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
      searchRef.current?.focus();
    }
  };

  const current = people ?? [];
  const atMinimum = current.length <= minimum;
  const candidates = (matches.data?.items ?? []).filter((person) => !current.some((each) => each.id === person.id));

  return (
    <section className="section" aria-labelledby={`${id}-heading`} aria-busy={pending || undefined}>
      <h2 id={`${id}-heading`}>{t(`staff.heading.${role}`)}</h2>
      <SuccessStatus>{done}</SuccessStatus>
      {error != null && (
        <ErrorAlert>
          <p>{errorMessage(error)}</p>
          {error instanceof ApiError && error.fieldErrors.length > 0 && (
            <ul>
              {error.fieldErrors.map((fieldError, index) => (
                <li key={index}>{fieldErrorMessage(fieldError)}</li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
      {loadError ? (
        <ErrorAlert>{errorMessage(loadError)}</ErrorAlert>
      ) : people === undefined ? (
        <p aria-busy="true" className="loading">
          {t('staff.loading')}
        </p>
      ) : current.length === 0 ? (
        <p>{t(`staff.none.${role}`)}</p>
      ) : (
        <ul className="people" aria-label={t(`staff.current.${role}`)}>
          {current.map((person) => (
            <li key={person.id} className="person">
              <span className="person__who">
                <strong>{person.displayName}</strong> <span className="person__email">{person.email}</span>
                {describe && <span className="person__detail">{describe(person)}</span>}
              </span>
              <button
                type="button"
                className="button"
                aria-disabled={pending || atMinimum || undefined}
                aria-describedby={atMinimum ? `${id}-minimum` : undefined}
                onClick={() => {
                  if (pending || atMinimum) return;
                  void save(
                    current.filter((each) => each.id !== person.id).map((each) => each.id),
                    t('staff.removed', { name: person.displayName }),
                  );
                }}
              >
                {t('staff.remove')}
                <span className="visually-hidden">: {person.displayName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {people !== undefined && atMinimum && minimum > 0 && (
        <p id={`${id}-minimum`} className="field__hint">
          {t(`staff.minimum.${role}`)}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t(`staff.search.${role}`)}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {/* Announced politely as results come, without moving her focus out of the search box. */}
      <div aria-live="polite">
        {query !== '' && matches.isError && <ErrorAlert>{errorMessage(matches.error)}</ErrorAlert>}
        {query !== '' && matches.data && candidates.length === 0 && <p>{t('staff.noMatch', { q: query })}</p>}
        {query !== '' && candidates.length > 0 && (
          <ul className="people" aria-label={t('staff.matches')}>
            {candidates.map((person) => (
              <li key={person.id} className="person">
                <span className="person__who">
                  <strong>{person.displayName}</strong> <span className="person__email">{person.email}</span>
                </span>
                <button
                  type="button"
                  className="button button--primary"
                  aria-disabled={pending || undefined}
                  onClick={() =>
                    void save([...current.map((each) => each.id), person.id], t('staff.added', { name: person.displayName }), { clearSearch: true })
                  }
                >
                  {t('staff.add')}
                  <span className="visually-hidden">: {person.displayName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
