import { i18n } from './i18n';
import { ApiError, NetworkError, type FieldError } from './problem';

const translate = i18n.t.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => string;

/** The translation of a backend messageKey, or undefined when the SPA does not know that key. */
export function translateMessageKey(messageKey: string | null | undefined, options?: Record<string, unknown>) {
  if (!messageKey || !i18n.exists(messageKey, { ns: 'problems' })) return undefined;
  return translate(messageKey, { ns: 'problems', ...options });
}

/** A sentence for the user about any error: the translated messageKey, else the server's detail. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const message =
      translateMessageKey(error.messageKey) ??
      error.problem.detail ??
      error.problem.title ??
      translateMessageKey('problem.internal')!;
    if (error.retryAfterSeconds !== undefined) {
      return `${message} ${translateMessageKey('retry-after', { seconds: error.retryAfterSeconds })}`;
    }
    return message;
  }
  if (error instanceof NetworkError) return translateMessageKey(error.messageKey)!;
  return translateMessageKey('problem.internal')!;
}

export function fieldErrorMessage(fieldError: Pick<FieldError, 'message' | 'messageKey'>): string {
  return (
    translateMessageKey(fieldError.messageKey) ??
    fieldError.message ??
    translateMessageKey('validation.invalid-value')!
  );
}
