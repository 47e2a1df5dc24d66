import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationFigures } from '../api/get-participation';
import { formatCount, formatShare } from './format';

/** The report-ready sentence, with a button that puts it on the clipboard for a report or an e-mail. */
export function ReportSentence({ sentence }: { sentence: string }) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setCopy('idle'), [sentence]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(sentence);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section aria-labelledby={headingId} className="report-sentence">
      <h2 id={headingId}>{t('sentence.heading')}</h2>
      <p className="report-sentence__text">{sentence}</p>
      <div className="report-sentence__actions">
        <button type="button" className="button" onClick={() => void onCopy()}>
          {t('sentence.copy')}
        </button>
        <span role="status" className={copy === 'failed' ? 'field__error' : 'report-sentence__status'}>
          {copy === 'copied' && (
            <>
              <span aria-hidden="true">✓ </span>
              {t('sentence.copied')}
            </>
          )}
          {copy === 'failed' && t('sentence.copyFailed')}
        </span>
      </div>
    </section>
  );
}

type Figure = { label: string; value: string; base: string };

/** The funnel and the reach, each number with what it is counted out of: never a percentage alone. */
export function HeadlineFigures({ totals }: { totals: ParticipationFigures }) {
  const { t, i18n } = useTranslation('reports');
  const headingId = useId();
  const language = i18n.resolvedLanguage ?? 'en';
  const count = (value: number) => formatCount(value, language);
  const registered = count(totals.registered);
  const ofRegistered = (value: number) =>
    totals.registered > 0 ? t('figures.ofRegistered', { share: formatShare(value, totals.registered, language), base: registered }) : t('figures.noBase');

  const figures: Figure[] = [
    { label: t('figures.registered'), value: registered, base: t('figures.registeredBase') },
    { label: t('figures.attended'), value: count(totals.attended), base: ofRegistered(totals.attended) },
    { label: t('figures.completed'), value: count(totals.completed), base: ofRegistered(totals.completed) },
    {
      label: t('figures.women'),
      value: totals.registered > 0 ? t('figures.womenOf', { share: formatShare(totals.women, totals.registered, language), base: registered }) : '—',
      base:
        totals.registered > 0 ? t('figures.womenBase', { women: count(totals.women), undisclosed: count(totals.genderUndisclosed) }) : t('figures.noBase'),
    },
    { label: t('figures.countries'), value: count(totals.countries), base: t('figures.countriesLdc', { ldc: count(totals.ldcCountries) }) },
    { label: t('figures.ldc'), value: count(totals.ldcParticipants), base: t('figures.ofPeople', { base: registered }) },
    { label: t('figures.lldc'), value: count(totals.lldcParticipants), base: t('figures.ofPeople', { base: registered }) },
    { label: t('figures.sids'), value: count(totals.sidsParticipants), base: t('figures.ofPeople', { base: registered }) },
  ];

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figures.heading')}</h2>
      {totals.registered === 0 && <p>{t('figures.none')}</p>}
      <dl className="report-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="report-figures__item">
            <dt>{figure.label}</dt>
            <dd className="report-figures__value">{figure.value}</dd>
            <dd className="report-figures__base">{figure.base}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
