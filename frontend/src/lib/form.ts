import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { translateMessageKey } from './error-message';
import { ApiError, type FieldError } from './problem';

// The backend may name nested fields ("profile.countryCode") or items of a list ("roles[0]").
function matches(field: string, reported: string) {
  return reported === field || reported.endsWith(`.${field}`) || reported.startsWith(`${field}[`);
}

/** What to keep as the form error's message: the messageKey when the SPA can translate it. */
function messageOf(fieldError: FieldError): string {
  if (translateMessageKey(fieldError.messageKey) !== undefined) return fieldError.messageKey!;
  return fieldError.message ?? 'validation.invalid-value';
}

/**
 * Puts the problem's field errors next to the matching inputs and focuses the first one. aliases
 * maps API field names to form field names where they differ (login's "username" is the e-mail).
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Record<string, Path<T>> = {},
) {
  if (!(error instanceof ApiError)) return;
  let first = true;
  for (const fieldError of error.fieldErrors) {
    const name = aliases[fieldError.field] ?? fields.find((field) => matches(field, fieldError.field));
    if (!name) continue;
    setError(name, { type: 'server', message: messageOf(fieldError) }, { shouldFocus: first });
    first = false;
  }
}

/** Field errors that no input of the form can show, so the general alert lists them instead. */
export function unplacedFieldErrors(error: unknown, fields: readonly string[], aliases: Record<string, string> = {}): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.filter((fieldError) => !(fieldError.field in aliases) && !fields.some((field) => matches(field, fieldError.field)));
}
