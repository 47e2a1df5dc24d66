import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Pagination } from '@/components/ui/pagination';
import { GENDERS } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { DECISIONS, MAX_DECISIONS, useDecideApplications, type Decision } from '../api/decide-applications';
import { APPLICATION_SORTS, useApplications, type ApplicationRow, type ApplicationSearch } from '../api/get-applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../api/get-my-application';
import { useScreenApplications } from '../api/screen-applications';
import { ApplicationStatusBadge } from './application-status';
import { decisionRefusal } from './decision-refusal';

/** Reviewers this far apart (on 0..100) disagree enough for the manager to look again. */
export const DISAGREEMENT = 25;
/** Drafts, withdrawn and accepted applications cannot be decided (accepted ones: withdraw the enrolment). */
const UNDECIDABLE: readonly ApplicationStatus[] = ['DRAFT', 'WITHDRAWN', 'ACCEPTED'];

type Choice = { value: string; label: string };
type Props = {
  activityId: string;
  search: ApplicationSearch;
  onSearch: (search: ApplicationSearch) => void;
  hrefFor: (page: number) => string;
  countryName: (code: string) => string;
  countryChoices: Choice[];
  regionChoices: Choice[];
  /** Seats left in the activity, to say how many can still be accepted. */
  seatsLeft: number;
};

function Filters({ search, onSearch, countryChoices, regionChoices }: Pick<Props, 'search' | 'onSearch' | 'countryChoices' | 'regionChoices'>) {
  const { t } = useTranslation('applications');
  const { t: tp } = useTranslation('profile');
  const [values, setValues] = useState({
    status: search.status ?? '',
    country: search.country ?? '',
    region: search.region ?? '',
    gender: search.gender ?? '',
    sort: search.sort ?? 'score',
  });
  const select = (name: keyof typeof values, label: string, options: Choice[]) => (
    <label>
      <span>{label}</span>
      <select value={values[name]} onChange={(event) => setValues({ ...values, [name]: event.target.value })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      role="search"
      aria-label={t('selection.filters')}
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch({
          status: (values.status || undefined) as ApplicationSearch['status'],
          country: values.country || undefined,
          region: values.region || undefined,
          gender: (values.gender || undefined) as ApplicationSearch['gender'],
          sort: values.sort as ApplicationSearch['sort'],
          page: 0,
        });
      }}
    >
      {select('status', t('selection.status'), [{ value: '', label: t('selection.any') }, ...APPLICATION_STATUSES.map((each) => ({ value: each, label: t(`managerStatus.${each}`) }))])}
      {select('country', t('selection.country'), [{ value: '', label: t('selection.any') }, ...countryChoices])}
      {select('region', t('selection.region'), [{ value: '', label: t('selection.any') }, ...regionChoices])}
      {select('gender', t('selection.gender'), [{ value: '', label: t('selection.any') }, ...GENDERS.map((each) => ({ value: each, label: tp(`genders.${each}`) }))])}
      {select('sort', t('selection.sort'), APPLICATION_SORTS.map((each) => ({ value: each, label: t(`selection.sorts.${each}`) })))}
      <button type="submit" className="button">
        {t('selection.submit')}
      </button>
    </form>
  );
}

function ScoreCell({ row }: { row: ApplicationRow }) {
  const { t } = useTranslation('applications');
  if (row.meanScore == null) return <>{t('selection.noScore')}</>;
  return <>{Math.round(row.meanScore)}</>;
}

function SpreadCell({ row }: { row: ApplicationRow }) {
  const { t } = useTranslation('applications');
  if (row.scoreSpread == null) return <>{t('selection.noScore')}</>;
  const spread = Math.round(row.scoreSpread);
  return row.scoreSpread >= DISAGREEMENT ? (
    <span className="badge badge--warn">
      {spread} <span aria-hidden="true">⚠</span> {t('selection.disagreement')}
    </span>
  ) : (
    <>{spread}</>
  );
}

/**
 * The applications to an activity: counts by status, filters, screening, and the table the manager
 * selects from (mean review score, how far reviewers disagree), then accepts, waitlists or rejects
 * in bulk. A refusal changes nothing and says why.
 */
export function ApplicationsTable({ activityId, search, onSearch, hrefFor, countryName, countryChoices, regionChoices, seatsLeft }: Props) {
  const { t, i18n } = useTranslation('applications');
  const { t: tp } = useTranslation('profile');
  const list = useApplications(activityId, search);
  const screen = useScreenApplications(activityId);
  const decide = useDecideApplications(activityId);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const rows = list.data?.page.items ?? [];
  const selectable = rows.filter((row) => !UNDECIDABLE.includes(row.status));
  const allSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const run = (decision: Decision) => {
    const ids = [...selected].slice(0, MAX_DECISIONS);
    setNotice(null);
    setRefusal(null);
    decide.mutate(
      { applicationIds: ids, decision },
      {
        onSuccess: (result) => {
          setSelected(new Set());
          setNotice(t(`decide.done.${decision}`, { count: result.decided, seatsLeft: result.seatsLeft }));
          headingRef.current?.focus();
        },
        onError: (error) => setRefusal(decisionRefusal(error, { selected: ids.length, seatsLeft }, t)),
        onSettled: () => setAttempt((n) => n + 1),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="applications-heading">
      <h2 id="applications-heading" ref={headingRef} tabIndex={-1}>
        {t('selection.heading')}
      </h2>
      {list.data && (
        <dl className="facts" aria-label={t('selection.counts')}>
          {APPLICATION_STATUSES.map((each) => (
            <div key={each}>
              <dt>{t(`managerStatus.${each}`)}</dt>
              <dd>{list.data.countsByStatus[each] ?? 0}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>{t('selection.seatsLeft', { count: seatsLeft })}</p>
      <Filters search={search} onSearch={onSearch} countryChoices={countryChoices} regionChoices={regionChoices} />
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={screen.isPending || undefined}
          onClick={() => {
            if (screen.isPending) return;
            setNotice(null);
            screen.mutate(undefined, { onSuccess: (result) => setNotice(t('selection.screened', { checked: result.checked, count: result.screenedOut })) });
          }}
        >
          {screen.isPending ? t('selection.screening') : t('selection.screen')}
        </button>
      </div>
      <p className="field__hint">{t('selection.screenHint')}</p>
      {screen.error != null && <ErrorAlert>{errorMessage(screen.error)}</ErrorAlert>}
      <SuccessStatus>{notice}</SuccessStatus>
      {refusal && <ErrorAlert>{refusal}</ErrorAlert>}
      {list.isPending ? (
        <p aria-busy="true" className="loading">
          {t('selection.loading')}
        </p>
      ) : list.isError ? (
        <ErrorAlert>{errorMessage(list.error)}</ErrorAlert>
      ) : rows.length === 0 ? (
        <p>{t('selection.empty')}</p>
      ) : (
        <>
          <div className="bulk" role="group" aria-label={t('decide.label')}>
            <p className="bulk__count" aria-live="polite">
              {t('decide.selected', { count: selected.size })}
            </p>
            {selected.size > 0 &&
              DECISIONS.map((decision) => (
                <ConfirmButton
                  key={`${decision}-${attempt}`}
                  question={t(`decide.question.${decision}`, { count: selected.size })}
                  confirmLabel={t(`decide.confirm.${decision}`)}
                  cancelLabel={t('decide.cancel')}
                  pending={decide.isPending}
                  pendingLabel={t('decide.pending')}
                  onConfirm={() => run(decision)}
                >
                  {t(`decide.button.${decision}`)}
                </ConfirmButton>
              ))}
          </div>
          <div className="table-scroll" role="region" aria-label={t('selection.tableLabel')} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('selection.selectAll')}
                      checked={allSelected}
                      disabled={selectable.length === 0}
                      onChange={(event) => setSelected(event.target.checked ? new Set(selectable.map((row) => row.id)) : new Set())}
                    />
                  </th>
                  <th scope="col">{t('selection.columns.name')}</th>
                  <th scope="col">{t('selection.columns.country')}</th>
                  <th scope="col">{t('selection.columns.gender')}</th>
                  <th scope="col">{t('selection.columns.status')}</th>
                  <th scope="col" className="table__number">{t('selection.columns.reviews')}</th>
                  <th scope="col" className="table__number">{t('selection.columns.score')}</th>
                  <th scope="col">{t('selection.columns.spread')}</th>
                  <th scope="col">{t('selection.columns.submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className={selected.has(row.id) ? 'table__row--selected' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('selection.select', { name: row.displayName })}
                        checked={selected.has(row.id)}
                        disabled={UNDECIDABLE.includes(row.status)}
                        onChange={(event) => toggle(row.id, event.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      {row.displayName}
                      <span className="table__sub">{row.email}</span>
                    </th>
                    <td>{row.countryCode ? countryName(row.countryCode) : '–'}</td>
                    <td>{row.gender ? tp(`genders.${row.gender}`) : '–'}</td>
                    <td>
                      <ApplicationStatusBadge status={row.status} manager />
                      {row.screeningReason && <span className="table__sub">{t('selection.reason', { reason: row.screeningReason })}</span>}
                    </td>
                    <td className="table__number">{row.reviews}</td>
                    <td className="table__number">
                      <ScoreCell row={row} />
                    </td>
                    <td>
                      <SpreadCell row={row} />
                    </td>
                    <td>{row.submittedAt ? new Date(row.submittedAt).toLocaleDateString(i18n.language) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={search.page} pages={Math.ceil(list.data.page.total / list.data.page.size)} hrefFor={hrefFor} label={t('selection.pagination')} />
        </>
      )}
    </section>
  );
}
