import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { useConfirmImport } from '../api/confirm-import';
import type { Import } from '../api/get-import';
import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';
import { ImportRows } from './import-rows';
import { ImportSummary } from './import-summary';

type Props = {
  result: Import;
  problemsPage: number;
  rowsPage: number;
  hrefFor: (pages: { problems: number; rows: number }) => string;
  /** Shown where a new file may be sent: after a failure, or when no row can be imported. */
  uploadAgain: ReactNode;
  /** Where to go once it is done (the roster). */
  whenDone?: ReactNode;
};

/** An import at any stage: the dry run to confirm, the progress while it runs, and how it ended. */
export function ImportResult({ result, problemsPage, rowsPage, hrefFor, uploadAgain, whenDone }: Props) {
  const { t } = useTranslation('imports');
  const confirm = useConfirmImport(result.id);
  const details = (
    <>
      {result.invalid > 0 && (
        <ImportProblems importId={result.id} page={problemsPage} hrefFor={(problems) => hrefFor({ problems, rows: rowsPage })} />
      )}
      <ImportRows importId={result.id} page={rowsPage} done={result.status === 'DONE'} hrefFor={(rows) => hrefFor({ problems: problemsPage, rows })} />
    </>
  );

  return (
    <>
      {/* Read out when the import starts and ends, not at every step of the bar. */}
      <SuccessStatus>{result.status === 'DONE' ? t('done.title') : result.status === 'RUNNING' ? t('running.title') : null}</SuccessStatus>
      {result.status === 'CHECKED' && (
        <>
          <h2>{t('checked.heading')}</h2>
          <p>{t('checked.intro')}</p>
          <ImportSummary result={result} tense="future" />
          {result.valid > 0 ? (
            <div className="section">
              {confirm.error != null && <ErrorAlert>{errorMessage(confirm.error)}</ErrorAlert>}
              <ConfirmButton
                question={
                  result.invalid > 0
                    ? t('checked.questionSkipping', { count: result.valid, invalid: result.invalid })
                    : t('checked.question', { count: result.valid })
                }
                confirmLabel={t('checked.confirm')}
                cancelLabel={t('checked.cancel')}
                pending={confirm.isPending}
                pendingLabel={t('checked.confirming')}
                onConfirm={() => confirm.mutate()}
              >
                {t('checked.button')}
              </ConfirmButton>
            </div>
          ) : (
            <>
              <ErrorAlert>{t('checked.nothingValid')}</ErrorAlert>
              {uploadAgain}
            </>
          )}
          {details}
        </>
      )}
      {result.status === 'RUNNING' && (
        <>
          <h2>{t('running.heading')}</h2>
          <ImportProgress processed={result.processed} valid={result.valid} />
          <p className="field__hint">{t('running.hint')}</p>
        </>
      )}
      {result.status === 'DONE' && (
        <>
          <h2>{t('done.heading')}</h2>
          <ImportSummary result={result} tense="past" />
          {whenDone}
          {details}
        </>
      )}
      {result.status === 'FAILED' && (
        <>
          <h2>{t('failed.heading')}</h2>
          <ErrorAlert>
            <p>{t('failed.intro')}</p>
            {result.failure && <p className="table__sub">{result.failure}</p>}
            <p>{t('failed.nothingWritten')}</p>
          </ErrorAlert>
          {uploadAgain}
        </>
      )}
    </>
  );
}
