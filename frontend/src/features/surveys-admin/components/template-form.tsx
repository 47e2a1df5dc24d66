import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorText, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError } from '@/lib/api-client';
import { translateMessageKey } from '@/lib/error-message';
import {
  MAPPABLE_TYPES,
  SURVEY_CHOICE_TYPES,
  SURVEY_KINDS,
  SURVEY_QUESTION_TYPES,
  useSaveSurveyTemplate,
  type SurveyQuestionType,
  type SurveyTemplate,
  type SurveyTemplateInput,
} from '../api/templates';
import { emptyLabel, newQuestion, templateFormSchema, toTemplateFormValues, type TemplateFormValues } from './template-schema';

/** A survey indicator of the programme a question may feed. */
export type SurveyIndicatorChoice = { id: string; label: string; aggregation: 'MEAN' | 'SUM' | 'SHARE_YES' | 'COUNT_YES' | null };

/** Yes/no answers feed shares and counts of yes; numbers and scales feed means and sums. */
export function fits(type: SurveyQuestionType, aggregation: SurveyIndicatorChoice['aggregation']) {
  if (type === 'YES_NO') return aggregation === 'SHARE_YES' || aggregation === 'COUNT_YES';
  if (type === 'NUMBER' || type === 'SCALE') return aggregation === 'MEAN' || aggregation === 'SUM';
  return false;
}

type Form = { control: Control<TemplateFormValues, unknown, SurveyTemplateInput>; register: UseFormRegister<TemplateFormValues>; errors: FieldErrors<TemplateFormValues> };
type LabelErrors = { en?: { message?: string }; fr?: { message?: string }; es?: { message?: string } };
type LabelBase = 'title' | `questions.${number}.label` | `questions.${number}.unit` | `questions.${number}.options.${number}.label`;

function LabelInputs({ register, errors, base, labels }: { register: UseFormRegister<TemplateFormValues>; errors?: LabelErrors; base: LabelBase; labels: [string, string, string] }) {
  return (
    <div className="builder__labels">
      <TextField label={labels[0]} error={errors?.en?.message} registration={register(`${base}.en`)} />
      <TextField label={labels[1]} lang="fr" error={errors?.fr?.message} registration={register(`${base}.fr`)} />
      <TextField label={labels[2]} lang="es" error={errors?.es?.message} registration={register(`${base}.es`)} />
    </div>
  );
}

function OptionsEditor({ control, register, errors, index }: Form & { index: number }) {
  const { t } = useTranslation('surveys-admin');
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  const optionErrors = errors.questions?.[index]?.options;
  const listError = optionErrors?.message ?? optionErrors?.root?.message;
  return (
    <fieldset className="builder__options">
      <legend>{t('builder.options')}</legend>
      {options.fields.map((field, optionIndex) => (
        <div key={field.id} className="builder__option">
          <TextField label={t('builder.optionValue', { n: optionIndex + 1 })} error={optionErrors?.[optionIndex]?.value?.message} registration={register(`questions.${index}.options.${optionIndex}.value`)} />
          <LabelInputs
            register={register}
            errors={optionErrors?.[optionIndex]?.label}
            base={`questions.${index}.options.${optionIndex}.label`}
            labels={[t('builder.labelEn'), t('builder.labelFr'), t('builder.labelEs')]}
          />
          <button type="button" className="button" onClick={() => options.remove(optionIndex)}>
            {t('builder.removeOption', { n: optionIndex + 1 })}
          </button>
        </div>
      ))}
      {listError && <FieldErrorText error={listError} />}
      <button type="button" className="button" onClick={() => options.append({ value: `option${options.fields.length + 1}`, label: emptyLabel() })}>
        {t('builder.addOption')}
      </button>
    </fieldset>
  );
}

function QuestionEditor({ form, index, count, indicators, onMove, onRemove }: { form: Form; index: number; count: number; indicators: SurveyIndicatorChoice[]; onMove: (to: number) => void; onRemove: () => void }) {
  const { t } = useTranslation('surveys-admin');
  const { control, register, errors } = form;
  const type = useWatch({ control, name: `questions.${index}.type` });
  const questionErrors = errors.questions?.[index];
  const n = index + 1;
  const fitting = indicators.filter((indicator) => fits(type, indicator.aggregation));
  return (
    <fieldset className="group builder__question">
      <legend>{t('builder.question', { n })}</legend>
      <LabelInputs register={register} errors={questionErrors?.label} base={`questions.${index}.label`} labels={[t('builder.labelEn'), t('builder.labelFr'), t('builder.labelEs')]} />
      <div className="builder__row">
        <SelectField
          label={t('builder.type')}
          error={questionErrors?.type?.message}
          registration={register(`questions.${index}.type`)}
          options={SURVEY_QUESTION_TYPES.map((each) => ({ value: each, label: t(`types.${each}`) }))}
        />
        <TextField
          label={t('builder.key')}
          hint={t('builder.keyHint')}
          autoCapitalize="none"
          spellCheck={false}
          error={questionErrors?.key?.message}
          registration={register(`questions.${index}.key`)}
        />
      </div>
      <label className="choice">
        <input type="checkbox" {...register(`questions.${index}.required`)} />
        <span>{t('builder.required')}</span>
      </label>
      {type === 'NUMBER' && (
        <fieldset className="builder__options">
          <legend>{t('builder.unit')}</legend>
          <LabelInputs register={register} errors={questionErrors?.unit} base={`questions.${index}.unit`} labels={[t('builder.unitEn'), t('builder.unitFr'), t('builder.unitEs')]} />
        </fieldset>
      )}
      {type === 'SCALE' && <p className="field__hint">{t('builder.scaleHint')}</p>}
      {SURVEY_CHOICE_TYPES.includes(type) && <OptionsEditor {...form} index={index} />}
      {MAPPABLE_TYPES.includes(type) && (
        <SelectField
          label={t('builder.indicator')}
          hint={fitting.length === 0 ? t(type === 'YES_NO' ? 'builder.noIndicatorYesNo' : 'builder.noIndicatorNumber') : t('builder.indicatorHint')}
          error={questionErrors?.indicatorId?.message}
          registration={register(`questions.${index}.indicatorId`)}
          options={[{ value: '', label: t('builder.noIndicator') }, ...fitting.map((indicator) => ({ value: indicator.id, label: indicator.label }))]}
        />
      )}
      <div className="actions">
        <button type="button" className="button" aria-disabled={index === 0 || undefined} onClick={() => index > 0 && onMove(index - 1)}>
          {t('builder.up', { n })}
        </button>
        <button type="button" className="button" aria-disabled={index === count - 1 || undefined} onClick={() => index < count - 1 && onMove(index + 1)}>
          {t('builder.down', { n })}
        </button>
        <button type="button" className="button button--danger" onClick={onRemove}>
          {t('builder.remove', { n })}
        </button>
      </div>
    </fieldset>
  );
}

const TOP_FIELDS = ['kind', 'title', 'title.en', 'title.fr', 'title.es', 'questions'] as const;

/** "questions[2].key" as the form names it: "questions.2.key"; "title" is its English input. */
const formPath = (field: string) => (field === 'title' ? 'title.en' : field.replace(/\[(\d+)\]/g, '.$1')) as Path<TemplateFormValues>;

/**
 * A survey template: its kind, title and questions, each possibly feeding one of the programme's
 * survey indicators. Fixed once someone answered a survey made from it.
 */
export function TemplateForm({ programmeId, template, indicators, onSaved }: { programmeId: string; template?: SurveyTemplate; indicators: SurveyIndicatorChoice[]; onSaved: (template: SurveyTemplate) => void }) {
  const { t } = useTranslation('surveys-admin');
  const form = useForm<TemplateFormValues, unknown, SurveyTemplateInput>({ resolver: zodResolver(templateFormSchema), defaultValues: toTemplateFormValues(template) });
  const list = useFieldArray({ control: form.control, name: 'questions' });
  const save = useSaveSurveyTemplate(programmeId, template?.id);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutate(values, {
      onSuccess: (saved) => {
        form.reset(toTemplateFormValues(template ? saved : undefined));
        onSaved(saved);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        error.fieldErrors
          .filter((fieldError) => fieldError.field === 'kind' || fieldError.field.startsWith('title') || fieldError.field.startsWith('questions['))
          .forEach((fieldError, index) =>
            form.setError(
              formPath(fieldError.field),
              { type: 'server', message: translateMessageKey(fieldError.messageKey) ? fieldError.messageKey! : (fieldError.message ?? 'validation.invalid-value') },
              { shouldFocus: index === 0 },
            ),
          );
      },
    });
  });

  const editor: Form = { control: form.control, register: form.register, errors };
  return (
    <form noValidate className="form builder" aria-label={template ? t('templates.editTitle') : t('templates.addTitle')} onSubmit={onSubmit}>
      <FormError error={save.error} fields={TOP_FIELDS} />
      <SelectField label={t('templates.kind')} hint={t('templates.kindHint')} error={errors.kind?.message} registration={form.register('kind')} options={SURVEY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      <fieldset className="group">
        <legend>{t('templates.title')}</legend>
        <LabelInputs register={form.register} errors={errors.title} base="title" labels={[t('templates.titleEn'), t('templates.titleFr'), t('templates.titleEs')]} />
      </fieldset>
      <h3 className="builder__heading">{t('builder.questions')}</h3>
      {list.fields.length === 0 && <p>{t('builder.empty')}</p>}
      {list.fields.map((field, index) => (
        <QuestionEditor
          key={field.id}
          form={editor}
          index={index}
          count={list.fields.length}
          indicators={indicators}
          onMove={(to) => list.move(index, to)}
          onRemove={() => list.remove(index)}
        />
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => list.append(newQuestion(form.getValues('questions')))}>
          {t('builder.add')}
        </button>
      </div>
      <SubmitButton pending={save.isPending} pendingLabel={t('templates.saving')}>
        {template ? t('templates.save') : t('templates.create')}
      </SubmitButton>
    </form>
  );
}
