import * as z from 'zod/mini';
import { SCALE_VALUES, type QuestionType } from './questions';

/** What a form needs to know of a question to check and convert its answer. */
export type AnswerableQuestion = { key: string; type: QuestionType; required: boolean };

/** string (text, URL, choice, country code), number (number, scale), boolean (yes/no) or string[] (several choices). */
export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

/** What the inputs hold: text for most questions, the values ticked for several choices. */
export type AnswerFormValues = { answers: Record<string, string | string[]> };

const MAX_LENGTH: Partial<Record<QuestionType, number>> = { SHORT_TEXT: 300, LONG_TEXT: 5000, URL: 2000 };
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const SCALE_TEXTS: readonly string[] = SCALE_VALUES.map(String);

/** Saved answers as the inputs show them; anything of an unexpected shape starts empty. */
export function toAnswerFormValues(questions: AnswerableQuestion[], answers: Record<string, unknown> | undefined): AnswerFormValues {
  const values: AnswerFormValues['answers'] = {};
  for (const question of questions) {
    const answer = answers?.[question.key];
    if (question.type === 'MULTIPLE_CHOICE') values[question.key] = Array.isArray(answer) ? answer.map(String) : [];
    else if (typeof answer === 'boolean') values[question.key] = answer ? 'true' : 'false';
    else if (typeof answer === 'string' || typeof answer === 'number') values[question.key] = String(answer);
    else values[question.key] = '';
  }
  return { answers: values };
}

function checksFor(question: AnswerableQuestion, requireAll: boolean) {
  const required = requireAll && question.required;
  if (question.type === 'MULTIPLE_CHOICE') {
    return z.pipe(
      z.transform((value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [])),
      z.array(z.string()).check(z.minLength(required ? 1 : 0, { error: 'validation.required' })),
    );
  }
  return z.pipe(
    // An unticked group of radio buttons gives null rather than ''.
    z.transform((value: unknown) => (typeof value === 'string' ? value : '')),
    z
      .string()
      .check(
        z.trim(),
        z.minLength(required ? 1 : 0, { error: 'validation.required' }),
        z.maxLength(MAX_LENGTH[question.type] ?? 300, { error: 'validation.size' }),
        z.refine((value) => value === '' || question.type !== 'NUMBER' || Number.isFinite(Number(value)), { error: 'validation.number' }),
        z.refine((value) => value === '' || question.type !== 'URL' || URL_PATTERN.test(value), { error: 'validation.url' }),
        z.refine((value) => value === '' || question.type !== 'SCALE' || SCALE_TEXTS.includes(value), { error: 'validation.out-of-range' }),
      ),
  );
}

/** Each answer in the type the API expects; what she left empty is left out. */
export function toAnswers(questions: AnswerableQuestion[], values: Record<string, string | string[] | null | undefined>): Answers {
  const answers: Answers = {};
  for (const question of questions) {
    const value = values[question.key];
    if (Array.isArray(value)) {
      if (value.length > 0) answers[question.key] = value;
      continue;
    }
    if (value === undefined || value === null || value === '') continue;
    if (question.type === 'NUMBER' || question.type === 'SCALE') answers[question.key] = Number(value);
    else if (question.type === 'YES_NO') answers[question.key] = value === 'true';
    else answers[question.key] = value;
  }
  return answers;
}

/**
 * The answers' checks, built from the questions. A draft may leave anything out; sending needs
 * every required answer. The server checks again and has the last word.
 */
export function answersInputSchema(questions: AnswerableQuestion[], { requireAll }: { requireAll: boolean }) {
  return z.pipe(
    z.object({ answers: z.object(Object.fromEntries(questions.map((question) => [question.key, checksFor(question, requireAll)]))) }),
    z.transform(({ answers }) => toAnswers(questions, answers as Record<string, string | string[]>)),
  );
}
