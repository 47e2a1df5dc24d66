/** The kinds of answer a question asks for, shared by application forms and surveys. */
export const QUESTION_TYPES = ['SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'YES_NO', 'COUNTRY', 'URL', 'SCALE'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];

/** A SCALE answer is a whole number from 1 to 5. */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
