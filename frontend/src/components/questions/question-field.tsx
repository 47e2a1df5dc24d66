import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field, RadioGroup, SelectField, TextField } from '@/components/ui/field';
import { localized, type LocalizedText } from '@/lib/localized';
import { SCALE_VALUES, type QuestionType } from '@/lib/questions';

export type CountryChoice = { value: string; label: string };

/** A question as application forms and surveys ask it. */
export type FieldQuestion = {
  key: string;
  type: QuestionType;
  label: LocalizedText;
  required: boolean;
  options?: { value: string; label: LocalizedText }[] | null;
  /** What a NUMBER counts ("USD", "people"), shown next to the input. */
  unit?: LocalizedText | null;
};

type Props = {
  question: FieldQuestion;
  registration: UseFormRegisterReturn;
  error?: string;
  /** For COUNTRY questions: the countries named in her language, sorted. */
  countries: CountryChoice[];
};

/** More options than this go into a drop-down rather than a column of radio buttons. */
const MAX_RADIOS = 6;

const SCALE_OPTIONS = SCALE_VALUES.map((value) => ({ value: String(value), label: String(value) }));

/** One question as the input its type calls for, labelled in her language (English when not translated). */
export function QuestionField({ question, registration, error, countries }: Props) {
  const { t, i18n } = useTranslation('applications');
  const unitId = useId();
  const text = localized(question.label, i18n.language);
  const label = question.required ? text : `${text} ${t('form.optional')}`;
  const options = (question.options ?? []).map((option) => ({ value: option.value, label: localized(option.label, i18n.language) }));

  switch (question.type) {
    case 'SHORT_TEXT':
      return <TextField label={label} error={error} registration={registration} maxLength={300} />;
    case 'URL':
      return (
        <TextField
          type="url"
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          label={label}
          hint={t('form.urlHint')}
          error={error}
          registration={registration}
        />
      );
    case 'NUMBER': {
      const unit = question.unit ? localized(question.unit, i18n.language) : '';
      if (!unit) return <TextField inputMode="decimal" label={label} error={error} registration={registration} />;
      return (
        <Field label={label} error={error}>
          {(control) => (
            <div className="input-unit">
              <input
                type="text"
                inputMode="decimal"
                {...control}
                aria-describedby={[unitId, control['aria-describedby']].filter(Boolean).join(' ')}
                {...registration}
              />
              <span id={unitId} className="input-unit__unit">
                {unit}
              </span>
            </div>
          )}
        </Field>
      );
    }
    case 'LONG_TEXT':
      return (
        <Field label={label} error={error}>
          {(control) => <textarea rows={6} maxLength={5000} {...control} {...registration} />}
        </Field>
      );
    case 'YES_NO':
      return (
        <RadioGroup
          inline
          legend={label}
          error={error}
          registration={registration}
          options={[
            { value: 'true', label: t('form.yes') },
            { value: 'false', label: t('form.no') },
          ]}
        />
      );
    case 'SCALE':
      return <RadioGroup inline legend={label} hint={t('form.scaleHint')} error={error} registration={registration} options={SCALE_OPTIONS} />;
    case 'SINGLE_CHOICE':
      return options.length > MAX_RADIOS ? (
        <SelectField label={label} error={error} registration={registration} options={[{ value: '', label: t('form.choose') }, ...options]} />
      ) : (
        <RadioGroup legend={label} error={error} registration={registration} options={options} />
      );
    case 'MULTIPLE_CHOICE':
      return <CheckboxGroup legend={label} hint={t('form.several')} error={error} registration={registration} options={options} />;
    case 'COUNTRY':
      return (
        <SelectField
          label={label}
          error={error}
          registration={registration}
          options={[{ value: '', label: t('form.chooseCountry') }, ...countries]}
        />
      );
  }
}
