import * as z from 'zod/mini';
import { CHOICE_TYPES, QUESTION_TYPES, type ApplicationForm, type Question, type QuestionType } from '../api/get-application-form';

const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

const labelInput = z.object({
  en: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.maxLength(500, { error: 'validation.size' })),
  fr: z.string().check(z.trim(), z.maxLength(500, { error: 'validation.size' })),
  es: z.string().check(z.trim(), z.maxLength(500, { error: 'validation.size' })),
});

const questionInput = z.object({
  key: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.regex(KEY_PATTERN, { error: 'validation.invalid-value' })),
  type: z.enum(QUESTION_TYPES),
  label: labelInput,
  required: z.boolean(),
  identifying: z.boolean(),
  options: z.array(z.object({ value: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' })), label: labelInput })),
});

export type QuestionFormValues = z.input<typeof questionInput>;
export type FormBuilderValues = { questions: QuestionFormValues[] };

const orNull = (text: string) => (text === '' ? null : text);

/** Keys unique, two options at least for the choice types; blank translations become "not translated". */
export const formBuilderSchema = z.pipe(
  z.object({ questions: z.array(questionInput) }).check(
    z.superRefine(({ questions }, context) => {
      questions.forEach((question, index) => {
        if (questions.findIndex((other) => other.key === question.key) !== index) {
          context.issues.push({ code: 'custom', message: 'application.duplicate-key', path: ['questions', index, 'key'], input: question.key });
        }
        if (CHOICE_TYPES.includes(question.type) && question.options.length < 2) {
          context.issues.push({ code: 'custom', message: 'application.options-needed', path: ['questions', index, 'options'], input: question.options });
        }
      });
    }),
  ),
  z.transform(
    ({ questions }): ApplicationForm => ({
      questions: questions.map((question) => ({
        key: question.key,
        type: question.type,
        label: { en: question.label.en, fr: orNull(question.label.fr), es: orNull(question.label.es) },
        required: question.required,
        identifying: question.identifying,
        options: CHOICE_TYPES.includes(question.type)
          ? question.options.map((option) => ({ value: option.value, label: { en: option.label.en, fr: orNull(option.label.fr), es: orNull(option.label.es) } }))
          : null,
      })),
    }),
  ),
);

export const emptyLabel = () => ({ en: '', fr: '', es: '' });

export function newQuestion(existing: { key: string }[], type: QuestionType = 'SHORT_TEXT'): QuestionFormValues {
  let n = existing.length + 1;
  while (existing.some((question) => question.key === `q${n}`)) n += 1;
  return { key: `q${n}`, type, label: emptyLabel(), required: true, identifying: false, options: [] };
}

export function toFormBuilderValues(questions: Question[]): FormBuilderValues {
  return {
    questions: questions.map((question) => ({
      key: question.key,
      type: question.type,
      label: { en: question.label.en, fr: question.label.fr ?? '', es: question.label.es ?? '' },
      required: question.required,
      identifying: question.identifying,
      options: (question.options ?? []).map((option) => ({
        value: option.value,
        label: { en: option.label.en, fr: option.label.fr ?? '', es: option.label.es ?? '' },
      })),
    })),
  };
}
