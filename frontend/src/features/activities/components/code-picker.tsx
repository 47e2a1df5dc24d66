import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '@/components/ui/field';

type Props = {
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
};

/** A multi-choice among many (countries, regions): pick one from a list and add it; each chosen one can be removed. */
export function CodePicker({ legend, options, value, onChange, error }: Props) {
  const { t } = useTranslation('manage');
  const id = useId();
  const [pick, setPick] = useState('');
  const labelOf = (code: string) => options.find((option) => option.value === code)?.label ?? code;
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="search-form">
        <label htmlFor={`${id}-pick`} className="visually-hidden">
          {legend}
        </label>
        <select id={`${id}-pick`} value={pick} onChange={(event) => setPick(event.target.value)}>
          <option value="">{t('activityForm.pick')}</option>
          {options
            .filter((option) => !value.includes(option.value))
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (pick) onChange([...value, pick]);
            setPick('');
          }}
        >
          {t('activityForm.add')}
          <span className="visually-hidden">: {legend}</span>
        </button>
      </div>
      {value.length === 0 ? (
        <p className="field__hint">{t('activityForm.noneChosen')}</p>
      ) : (
        <ul className="tags" aria-label={`${legend}: ${t('activityForm.chosen')}`}>
          {value.map((code) => (
            <li key={code} className="tag">
              {labelOf(code)}{' '}
              <button type="button" className="link-button" onClick={() => onChange(value.filter((item) => item !== code))}>
                {t('activityForm.remove')}
                <span className="visually-hidden">: {labelOf(code)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <FieldErrorText id={`${id}-error`} error={error} />}
    </fieldset>
  );
}
