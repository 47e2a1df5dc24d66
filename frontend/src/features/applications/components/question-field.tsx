import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field, RadioGroup, SelectField, TextField } from '@/components/ui/field';
import { localized } from '@/lib/localized';
import type { Question } from '../api/get-application-form';

export type CountryChoice = { value: string; label: string };

type Props = {
  question: Question;
  registration: UseFormRegisterReturn;
  error?: string;
  /** For COUNTRY questions: the countries named in her language, sorted. */
  countries: CountryChoice[];
};

/** More options than this go into a drop-down rather than a column of radio buttons. */
const MAX_RADIOS = 6;

/** One question as the input its type calls for, labelled in her language (English when not translated). */
export function QuestionField({ question, registration, error, countries }: Props) {
  const { t, i18n } = useTranslation('applications');
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
    case 'NUMBER':
      return <TextField inputMode="decimal" label={label} error={error} registration={registration} />;
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
