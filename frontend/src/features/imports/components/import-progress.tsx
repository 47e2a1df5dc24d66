import { useTranslation } from 'react-i18next';

/** How far a running import got: a bar with the same numbers in words, for who cannot see the bar. */
export function ImportProgress({ processed, valid }: { processed: number; valid: number }) {
  const { t } = useTranslation('imports');
  const done = Math.min(processed, valid);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">{t('progress.label')}</label>
      <progress id="import-progress" max={Math.max(valid, 1)} value={done} aria-valuetext={t('progress.text', { processed: done, valid })}>
        {t('progress.text', { processed: done, valid })}
      </progress>
      <p className="field__hint">{t('progress.text', { processed: done, valid })}</p>
    </div>
  );
}
