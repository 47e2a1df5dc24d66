import { localized, type LocalizedText } from './localized';

type AnsweredQuestion = {
  type: string;
  options?: { value: string; label: LocalizedText }[] | null;
};

type Words = { yes: string; no: string; none: string };

/**
 * An answer as a reader sees it: option labels and country names in her language, yes or no,
 * numbers as written; `words.none` when unanswered or of a shape the question does not expect.
 */
export function formatAnswer(question: AnsweredQuestion, answer: unknown, language: string, countryName: (code: string) => string, words: Words): string {
  const option = (value: unknown) => {
    const found = question.options?.find((each) => each.value === value);
    return found ? localized(found.label, language) : String(value);
  };
  if (answer === undefined || answer === null || answer === '') return words.none;
  if (Array.isArray(answer)) return answer.length ? answer.map(option).join(', ') : words.none;
  if (typeof answer === 'boolean') return answer ? words.yes : words.no;
  if (typeof answer === 'number') return question.type === 'SCALE' ? `${answer.toLocaleString(language)} / 5` : answer.toLocaleString(language);
  if (typeof answer !== 'string') return words.none;
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') return option(answer);
  if (question.type === 'COUNTRY') return countryName(answer);
  return answer;
}
