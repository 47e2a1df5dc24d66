import * as z from 'zod/mini';
import {
  MAPPABLE_TYPES,
  SURVEY_CHOICE_TYPES,
  SURVEY_KINDS,
  SURVEY_QUESTION_TYPES,
  type SurveyQuestionType,
  type SurveyTemplate,
  type SurveyTemplateInput,
} from '../api/templates';
import type { LocalizedText } from '@/lib/localized';

const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

const optionalText = z.string().check(z.trim(), z.maxLength(500, { error: 'validation.size' }));
const labelInput = z.object({
  en: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.maxLength(500, { error: 'validation.size' })),
  fr: optionalText,
  es: optionalText,
});
const optionalLabel = z.object({ en: optionalText, fr: optionalText, es: optionalText });

const questionInput = z.object({
  key: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.regex(KEY_PATTERN, { error: 'validation.invalid-value' })),
  type: z.enum(SURVEY_QUESTION_TYPES),
  label: labelInput,
  required: z.boolean(),
  options: z.array(z.object({ value: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' })), label: labelInput })),
  unit: optionalLabel,
  indicatorId: z.string(),
});

export type QuestionFormValues = z.input<typeof questionInput>;

const orNull = (text: string) => (text === '' ? null : text);
const toText = (label: { en: string; fr: string; es: string }): LocalizedText => ({ en: label.en, fr: orNull(label.fr), es: orNull(label.es) });

/** Keys unique, two options at least for the choice types; only the fields of a question's type go. */
export const templateFormSchema = z.pipe(
  z
    .object({
      kind: z.enum(SURVEY_KINDS),
      title: labelInput,
      questions: z.array(questionInput),
    })
    .check(
      z.superRefine(({ questions }, context) => {
        questions.forEach((question, index) => {
          if (questions.findIndex((other) => other.key === question.key) !== index) {
            context.issues.push({ code: 'custom', message: 'application.duplicate-key', path: ['questions', index, 'key'], input: question.key });
          }
          if (SURVEY_CHOICE_TYPES.includes(question.type) && question.options.length < 2) {
            context.issues.push({ code: 'custom', message: 'application.options-needed', path: ['questions', index, 'options'], input: question.options });
          }
        });
      }),
    ),
  z.transform(
    ({ kind, title, questions }): SurveyTemplateInput => ({
      kind,
      title: toText(title),
      questions: questions.map((question) => ({
        key: question.key,
        type: question.type,
        label: toText(question.label),
        required: question.required,
        options: SURVEY_CHOICE_TYPES.includes(question.type) ? question.options.map((option) => ({ value: option.value, label: toText(option.label) })) : null,
        unit: question.type === 'NUMBER' && question.unit.en !== '' ? toText(question.unit) : null,
        indicatorId: MAPPABLE_TYPES.includes(question.type) && question.indicatorId !== '' ? question.indicatorId : null,
      })),
    }),
  ),
);

export type TemplateFormValues = z.input<typeof templateFormSchema>;

export const emptyLabel = () => ({ en: '', fr: '', es: '' });
const labelOf = (text: LocalizedText | null | undefined) => ({ en: text?.en ?? '', fr: text?.fr ?? '', es: text?.es ?? '' });

export function newQuestion(existing: { key: string }[], type: SurveyQuestionType = 'YES_NO'): QuestionFormValues {
  let n = existing.length + 1;
  while (existing.some((question) => question.key === `q${n}`)) n += 1;
  return { key: `q${n}`, type, label: emptyLabel(), required: true, options: [], unit: emptyLabel(), indicatorId: '' };
}

export function toTemplateFormValues(template?: SurveyTemplate): TemplateFormValues {
  return {
    kind: template?.kind ?? 'BASELINE',
    title: labelOf(template?.title),
    questions: (template?.questions ?? []).map((question) => ({
      key: question.key,
      type: question.type,
      label: labelOf(question.label),
      required: question.required,
      options: (question.options ?? []).map((option) => ({ value: option.value, label: labelOf(option.label) })),
      unit: labelOf(question.unit),
      indicatorId: question.indicatorId ?? '',
    })),
  };
}
