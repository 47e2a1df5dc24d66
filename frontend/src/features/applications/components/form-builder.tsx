import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { FieldErrorText, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError } from '@/lib/api-client';
import { translateMessageKey } from '@/lib/error-message';
import { CHOICE_TYPES, QUESTION_TYPES, type ApplicationForm, type Question } from '../api/get-application-form';
import { useSaveApplicationForm } from '../api/save-application-form';
import { emptyLabel, formBuilderSchema, newQuestion, toFormBuilderValues, type FormBuilderValues } from './form-builder-schema';

type EditorProps = { control: Control<FormBuilderValues, unknown, ApplicationForm>; register: UseFormRegister<FormBuilderValues>; errors: FieldErrors<FormBuilderValues> };

function LabelInputs({ register, errors, base }: { register: UseFormRegister<FormBuilderValues>; errors?: { en?: { message?: string }; fr?: { message?: string }; es?: { message?: string } }; base: `questions.${number}.label` | `questions.${number}.options.${number}.label` }) {
  const { t } = useTranslation('applications');
  return (
    <div className="builder__labels">
      <TextField label={t('builder.labelEn')} error={errors?.en?.message} registration={register(`${base}.en`)} />
      <TextField label={t('builder.labelFr')} lang="fr" error={errors?.fr?.message} registration={register(`${base}.fr`)} />
      <TextField label={t('builder.labelEs')} lang="es" error={errors?.es?.message} registration={register(`${base}.es`)} />
    </div>
  );
}

function OptionsEditor({ control, register, errors, index }: EditorProps & { index: number }) {
  const { t } = useTranslation('applications');
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  const optionErrors = errors.questions?.[index]?.options;
  const listError = optionErrors?.message ?? optionErrors?.root?.message;
  return (
    <fieldset className="builder__options">
      <legend>{t('builder.options')}</legend>
      {options.fields.map((field, optionIndex) => (
        <div key={field.id} className="builder__option">
          <TextField
            label={t('builder.optionValue', { n: optionIndex + 1 })}
            hint={optionIndex === 0 ? t('builder.optionValueHint') : undefined}
            error={optionErrors?.[optionIndex]?.value?.message}
            registration={register(`questions.${index}.options.${optionIndex}.value`)}
          />
          <LabelInputs register={register} errors={optionErrors?.[optionIndex]?.label} base={`questions.${index}.options.${optionIndex}.label`} />
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

function QuestionEditor({ control, register, errors, index, count, onMove, onRemove }: EditorProps & { index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { t } = useTranslation('applications');
  const type = useWatch({ control, name: `questions.${index}.type` });
  const questionErrors = errors.questions?.[index];
  const n = index + 1;
  return (
    <fieldset className="group builder__question">
      <legend>{t('builder.question', { n })}</legend>
      <LabelInputs register={register} errors={questionErrors?.label} base={`questions.${index}.label`} />
      <div className="builder__row">
        <SelectField
          label={t('builder.type')}
          error={questionErrors?.type?.message}
          registration={register(`questions.${index}.type`)}
          options={QUESTION_TYPES.map((each) => ({ value: each, label: t(`types.${each}`) }))}
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
      <label className="choice">
        <input type="checkbox" aria-describedby={`identifying-hint-${index}`} {...register(`questions.${index}.identifying`)} />
        <span>{t('builder.identifying')}</span>
      </label>
      <p id={`identifying-hint-${index}`} className="field__hint">
        {t('builder.identifyingHint')}
      </p>
      {CHOICE_TYPES.includes(type) && <OptionsEditor control={control} register={register} errors={errors} index={index} />}
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

/** "questions[2].key" as the form names it: "questions.2.key". */
const formPath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1') as Path<FormBuilderValues>;

/**
 * The manager writes the application form: questions added, reordered and removed, each with its
 * type, labels in three languages, whether it is required or identifying, and choices where it has
 * some. Saved as a whole; fixed once someone has sent an application.
 */
export function FormBuilder({ activityId, questions }: { activityId: string; questions: Question[] }) {
  const { t } = useTranslation('applications');
  const form = useForm<FormBuilderValues, unknown, ApplicationForm>({ resolver: zodResolver(formBuilderSchema), defaultValues: toFormBuilderValues(questions) });
  const list = useFieldArray({ control: form.control, name: 'questions' });
  const save = useSaveApplicationForm(activityId);
  const [saved, setSaved] = useState(false);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    setSaved(false);
    save.mutate(values, {
      onSuccess: (result) => {
        form.reset(toFormBuilderValues(result.questions));
        setSaved(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        error.fieldErrors
          .filter((fieldError) => fieldError.field.startsWith('questions['))
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

  return (
    <form noValidate className="form builder" aria-label={t('builder.title')} onSubmit={onSubmit} onChange={() => setSaved(false)}>
      <FormError error={save.error} fields={['questions']} />
      {list.fields.length === 0 && <p>{t('builder.empty')}</p>}
      {list.fields.map((field, index) => (
        <QuestionEditor
          key={field.id}
          control={form.control}
          register={form.register}
          errors={errors}
          index={index}
          count={list.fields.length}
          onMove={(to) => list.move(index, to)}
          onRemove={() => list.remove(index)}
        />
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => list.append(newQuestion(form.getValues('questions')))}>
          {t('builder.add')}
        </button>
      </div>
      <SuccessStatus>{saved ? t('builder.saved') : null}</SuccessStatus>
      <SubmitButton pending={save.isPending} pendingLabel={t('builder.saving')}>
        {t('builder.save')}
      </SubmitButton>
    </form>
  );
}
