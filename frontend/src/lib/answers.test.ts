import { describe, expect, it } from 'vitest';
import { answersInputSchema, toAnswerFormValues } from './answer-form';
import { formatAnswer } from './answers';

const words = { yes: 'Yes', no: 'No', none: 'No answer' };
const countryName = (code: string) => code;

describe('SCALE answers', () => {
  it('show as a mark out of 5', () => {
    expect(formatAnswer({ type: 'SCALE' }, 3, 'en', countryName, words)).toBe('3 / 5');
    expect(formatAnswer({ type: 'SCALE' }, null, 'en', countryName, words)).toBe('No answer');
  });

  it('are sent as whole numbers from 1 to 5 and prefilled as text for the radio buttons', () => {
    const questions = [{ key: 'confidence', type: 'SCALE' as const, required: true }];
    expect(toAnswerFormValues(questions, { confidence: 4 })).toEqual({ answers: { confidence: '4' } });
    const schema = answersInputSchema(questions, { requireAll: true });
    expect(schema.safeParse({ answers: { confidence: '4' } }).data).toEqual({ confidence: 4 });
    expect(schema.safeParse({ answers: { confidence: '' } }).error?.issues[0].message).toBe('validation.required');
    expect(schema.safeParse({ answers: { confidence: '7' } }).error?.issues[0].message).toBe('validation.out-of-range');
  });
});
