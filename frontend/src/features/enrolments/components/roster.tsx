import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/error-message';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '../api/get-my-enrolments';
import { useRoster, type RosterSearch } from '../api/get-roster';
import { useDownloadRosterCsv } from '../api/download-roster-csv';
import { RosterActions } from './roster-actions';

type Props = {
  activityId: string;
  search: RosterSearch;
  onSearch: (search: RosterSearch) => void;
  hrefFor: (page: number) => string;
  countryName: (code: string) => string;
};

/** Who is enrolled, on the waitlist or gone, with counts by status, a filter, a search and the CSV. */
export function Roster({ activityId, search, onSearch, hrefFor, countryName }: Props) {
  const { t, i18n } = useTranslation('manage');
  const { t: te } = useTranslation('enrolments');
  const roster = useRoster(activityId, search);
  const download = useDownloadRosterCsv(activityId);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The row acted on changes or leaves the filtered list: focus goes to the list's heading, not to nowhere.
  const onDone = (message: string) => {
    setNotice(message);
    headingRef.current?.focus();
  };
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<EnrolmentStatus | ''>(search.status ?? '');

  return (
    <section className="section" aria-labelledby="roster-heading">
      <h2 id="roster-heading" ref={headingRef} tabIndex={-1}>{t('roster.heading')}</h2>
      {roster.data && (
        <dl className="facts" aria-label={t('roster.counts')}>
          {ENROLMENT_STATUSES.map((each) => (
            <div key={each}>
              <dt>{te(`status.${each}`)}</dt>
              <dd>{roster.data.countsByStatus[each] ?? 0}</dd>
            </div>
          ))}
        </dl>
      )}
      <form
        role="search"
        aria-label={t('roster.filters')}
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch({ q: q.trim() || undefined, status: status || undefined, page: 0 });
        }}
      >
        <label>
          <span>{t('roster.search')}</span>
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </label>
        <label>
          <span>{t('roster.status')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as EnrolmentStatus | '')}>
            <option value="">{t('roster.anyStatus')}</option>
            {ENROLMENT_STATUSES.map((each) => (
              <option key={each} value={each}>
                {te(`status.${each}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('roster.submit')}
        </button>
      </form>
      <p>
        <button
          type="button"
          className="button"
          aria-disabled={download.isPending || undefined}
          onClick={() => !download.isPending && download.mutate(search.status)}
        >
          {download.isPending ? t('roster.downloading') : t('roster.download')}
        </button>
      </p>
      {download.error && <ErrorAlert>{errorMessage(download.error)}</ErrorAlert>}
      <SuccessStatus>{notice}</SuccessStatus>
      {roster.isPending ? (
        <p aria-busy="true" className="loading">
          {t('roster.loading')}
        </p>
      ) : roster.isError ? (
        <ErrorAlert>{errorMessage(roster.error)}</ErrorAlert>
      ) : roster.data.page.items.length === 0 ? (
        <p>{t('roster.empty')}</p>
      ) : (
        <>
          <p className="results-count">{t('roster.count', { total: roster.data.page.total })}</p>
          <ul className="card-list">
            {roster.data.page.items.map((entry) => (
              <li key={entry.enrolmentId} className="card">
                <h3 className="card__title">{entry.displayName}</h3>
                <p className="card__email">{entry.email}</p>
                <p>
                  {entry.status === 'WAITLISTED' && entry.waitlistPosition
                    ? t('roster.position', { position: entry.waitlistPosition })
                    : te(`status.${entry.status}`)}
                  {entry.countryCode && ` · ${countryName(entry.countryCode)}`}
                  {` · ${t('roster.enrolledAt')} ${new Date(entry.enrolledAt).toLocaleDateString(i18n.language)}`}
                </p>
                <RosterActions activityId={activityId} entry={entry} onDone={onDone} />
              </li>
            ))}
          </ul>
          <Pagination
            page={search.page}
            pages={Math.ceil(roster.data.page.total / roster.data.page.size)}
            hrefFor={hrefFor}
            label={t('roster.pagination')}
          />
        </>
      )}
    </section>
  );
}
