import * as z from 'zod/mini';

// Client-side checks mirror the backend's and use its messageKeys, so one translation serves both.
export const requiredText = (max = 255) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.maxLength(max, { error: 'validation.size' }));

/** Blank becomes null, which the API reads as "not said". */
export const optionalText = (max = 255) =>
  z.pipe(
    z.string().check(z.trim(), z.maxLength(max, { error: 'validation.size' })),
    z.transform((value: string) => (value === '' ? null : value)),
  );

export const emailField = () =>
  z.pipe(z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' })), z.email({ error: 'validation.email' }));

export const newPasswordField = () =>
  z.string().check(
    z.minLength(8, { error: 'validation.password-too-short' }),
    z.maxLength(128, { error: 'validation.password-too-long' }),
  );
