import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';
import { useNetworkStats, type StatsRow } from '../api/get-network-stats';
import './directory.css';

/** "2025-03" as "Mar 2025" in the reader's language. */
function monthLabel(month: string, language: string) {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Figures on the network for managers and administrators; nothing at all for anyone the API refuses (403). */
export function NetworkStats({ enabled, language }: { enabled: boolean; language: string }) {
  const { t } = useTranslation('directory');
  const stats = useNetworkStats(language, enabled);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  if (!enabled || (stats.error instanceof ApiError && (stats.error.status === 403 || stats.error.status === 401))) return null;
  const number = new Intl.NumberFormat(language);

  const copy = async (sentence: string) => {
    try {
      await navigator.clipboard.writeText(sentence);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="section network-stats" aria-labelledby="network-stats">
      <h2 id="network-stats">{t('stats.title')}</h2>
      {stats.isError && <ErrorAlert>{errorMessage(stats.error)}</ErrorAlert>}
      {stats.isPending && <p aria-busy="true">{t('search.loading')}</p>}
      {stats.data && (
        <>
          <blockquote className="network-stats__sentence">
            <p>{stats.data.sentence}</p>
          </blockquote>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy(stats.data.sentence)}>
              {t('stats.copy')}
            </button>
            <span role="status" className="network-stats__copied">
              {copied === 'yes' ? t('stats.copied') : copied === 'failed' ? t('stats.copyFailed') : ''}
            </span>
          </div>
          <dl className="network-stats__totals">
            <div>
              <dt>{t('stats.businesses')}</dt>
              <dd>{number.format(stats.data.businesses)}</dd>
            </div>
            <div>
              <dt>{t('stats.womenLed')}</dt>
              <dd>{number.format(stats.data.womenLed)}</dd>
            </div>
            <div>
              <dt>{t('stats.countries')}</dt>
              <dd>{number.format(stats.data.countries)}</dd>
            </div>
          </dl>
          <RowsTable caption={t('stats.byRegion')} header={t('stats.region')} rows={stats.data.byRegion} format={number.format} />
          <RowsTable caption={t('stats.byCountry')} header={t('stats.country')} rows={stats.data.byCountry} format={number.format} />
          {stats.data.communities.length > 0 && (
            <RowsTable caption={t('stats.byCommunity')} header={t('stats.community')} rows={stats.data.communities} format={number.format} members />
          )}
          {stats.data.growth.length > 0 && (
            <div className="table-scroll">
              <table className="table table--narrow">
                <caption>{t('stats.growth')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.month')}</th>
                    <th scope="col" className="table__number">
                      {t('stats.added')}
                    </th>
                    <th scope="col" className="table__number">
                      {t('stats.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.data.growth.map((month) => (
                    <tr key={month.month}>
                      <th scope="row">{monthLabel(month.month, language)}</th>
                      <td className="table__number">{number.format(month.added)}</td>
                      <td className="table__number">{number.format(month.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Businesses (and how many women-led) per row; for communities, their active members. */
function RowsTable({ caption, header, rows, format, members = false }: { caption: string; header: string; rows: StatsRow[]; format: (value: number) => string; members?: boolean }) {
  const { t } = useTranslation('directory');
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table table--narrow">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="table__number">
              {t(members ? 'stats.members' : 'stats.businesses')}
            </th>
            {!members && (
              <th scope="col" className="table__number">
                {t('stats.womenLed')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="table__number">{format(row.count)}</td>
              {!members && <td className="table__number">{format(row.womenLed)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
