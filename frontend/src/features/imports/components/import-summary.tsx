import { useTranslation } from 'react-i18next';
import { ROW_OUTCOMES, type Import, type RowOutcome } from '../api/get-import';

type Tense = 'future' | 'past';

/** "3 new accounts will be created and enrolled", one sentence per outcome some row has. */
export function useOutcomeSentences(outcomes: Import['outcomes'], tense: Tense): { outcome: RowOutcome; text: string }[] {
  const { t } = useTranslation('imports');
  return ROW_OUTCOMES.filter((outcome) => (outcomes[outcome] ?? 0) > 0).map((outcome) => ({
    outcome,
    text: t(`summary.${tense}.${outcome}`, { count: outcomes[outcome] ?? 0 }),
  }));
}

/** What the file will do (dry run) or did (done), in plain words, with what the server noticed about the file. */
export function ImportSummary({ result, tense }: { result: Import; tense: Tense }) {
  const { t } = useTranslation('imports');
  const sentences = useOutcomeSentences(result.outcomes, tense);
  return (
    <>
      {sentences.length === 0 ? (
        <p>{t('summary.noRows')}</p>
      ) : (
        <ul className="outcomes" aria-label={t('summary.label')}>
          {sentences.map(({ outcome, text }) => (
            <li key={outcome} className={outcome === 'INVALID' ? 'outcomes__item outcomes__item--invalid' : 'outcomes__item'}>
              <span aria-hidden="true" className="outcomes__icon">
                {outcome === 'INVALID' ? '⚠' : '✓'}
              </span>{' '}
              {text}
            </li>
          ))}
        </ul>
      )}
      <dl className="facts facts--import" aria-label={t('summary.file')}>
        <div>
          <dt>{t('summary.fileName')}</dt>
          <dd>{result.fileName}</dd>
        </div>
        <div>
          <dt>{t('summary.encoding')}</dt>
          <dd>{result.encoding}</dd>
        </div>
        <div>
          <dt>{t('summary.rows')}</dt>
          <dd>{result.rows}</dd>
        </div>
      </dl>
      {result.ignoredColumns.length > 0 && (
        <p>
          {t('summary.ignored', { count: result.ignoredColumns.length })}{' '}
          {result.ignoredColumns.map((column, index) => (
            <span key={index}>
              {index > 0 && ', '}
              <code>{column}</code>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
