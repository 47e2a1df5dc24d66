import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage, fieldErrorMessage, translateMessageKey } from '@/lib/error-message';
import { useImportRows } from '../api/get-import-rows';

type Props = { importId: string; page: number; hrefFor: (page: number) => string };

/** Every problem in the file, one line each: where it is and what is wrong, translated, with the server's words below. */
export function ImportProblems({ importId, page, hrefFor }: Props) {
  const { t } = useTranslation('imports');
  const rows = useImportRows(importId, { invalidOnly: true, page });

  return (
    <section className="section" aria-labelledby="import-problems-heading">
      <h2 id="import-problems-heading">{t('problems.heading')}</h2>
      {rows.isPending ? (
        <p aria-busy="true" className="loading">
          {t('problems.loading')}
        </p>
      ) : rows.isError ? (
        <ErrorAlert>{errorMessage(rows.error)}</ErrorAlert>
      ) : rows.data.total === 0 ? (
        <p>{t('problems.none')}</p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={t('problems.tableLabel')} tabIndex={0}>
            <table className="table table--narrow">
              <thead>
                <tr>
                  <th scope="col" className="table__number">
                    {t('problems.row')}
                  </th>
                  <th scope="col">{t('problems.column')}</th>
                  <th scope="col">{t('problems.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.items.flatMap((row) =>
                  row.errors.map((error, index) => (
                    <tr key={`${row.row}-${index}`}>
                      <th scope="row" className="table__number">
                        {error.row}
                      </th>
                      <td>
                        <code>{error.column}</code>
                      </td>
                      <td>
                        {fieldErrorMessage(error)}
                        {/* The server's words add the detail (which row it repeats, the value refused). */}
                        {translateMessageKey(error.messageKey) !== undefined && error.message && <span className="table__sub">{error.message}</span>}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pages={Math.ceil(rows.data.total / rows.data.size)} hrefFor={hrefFor} label={t('problems.pagination')} />
        </>
      )}
    </section>
  );
}
