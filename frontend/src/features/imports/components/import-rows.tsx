import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/error-message';
import { useImportRows } from '../api/get-import-rows';

type Props = { importId: string; page: number; hrefFor: (page: number) => string; done: boolean };

/** Every row of the file with what it will do (or did), so the manager can check before confirming. */
export function ImportRows({ importId, page, hrefFor, done }: Props) {
  const { t } = useTranslation('imports');
  const rows = useImportRows(importId, { invalidOnly: false, page });

  return (
    <section className="section" aria-labelledby="import-rows-heading">
      <h2 id="import-rows-heading">{t('rows.heading')}</h2>
      {rows.isPending ? (
        <p aria-busy="true" className="loading">
          {t('rows.loading')}
        </p>
      ) : rows.isError ? (
        <ErrorAlert>{errorMessage(rows.error)}</ErrorAlert>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={t('rows.tableLabel')} tabIndex={0}>
            <table className="table table--narrow">
              <thead>
                <tr>
                  <th scope="col" className="table__number">
                    {t('rows.row')}
                  </th>
                  <th scope="col">{t('rows.person')}</th>
                  <th scope="col">{done ? t('rows.outcomeDone') : t('rows.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.items.map((row) => (
                  <tr key={row.row}>
                    <th scope="row" className="table__number">
                      {row.row}
                    </th>
                    <td>
                      {row.name || '–'}
                      <span className="table__sub">{row.email || '–'}</span>
                    </td>
                    <td>
                      {row.outcome === 'INVALID' && <span aria-hidden="true">⚠ </span>}
                      {t(`rows.outcomes.${row.outcome}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pages={Math.ceil(rows.data.total / rows.data.size)} hrefFor={hrefFor} label={t('rows.pagination')} />
        </>
      )}
    </section>
  );
}
