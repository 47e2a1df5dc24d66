import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { errorMessage, fieldErrorMessage } from './error-message';
import { ApiError, NetworkError } from './problem';

describe('error messages', () => {
  it('translate the messageKey of a problem', () => {
    expect(errorMessage(new ApiError(401, { messageKey: 'auth.invalid-credentials', detail: 'Bad credentials' }))).toBe(
      'The e-mail address or the password is not correct.',
    );
  });

  it('fall back to the detail when the key is unknown to the SPA', () => {
    expect(errorMessage(new ApiError(422, { messageKey: 'enrolment.brand-new-rule', detail: 'Only for LDCs' }))).toBe('Only for LDCs');
  });

  it('say how long to wait when the server sent Retry-After', () => {
    expect(errorMessage(new ApiError(429, { messageKey: 'auth.throttled' }, 30))).toBe(
      'Too many sign-in attempts. Please wait 30 s before trying again.',
    );
  });

  it('explain a network failure', () => {
    expect(errorMessage(new NetworkError(new TypeError('offline')))).toMatch(/could not be reached/);
  });

  it('follow the current language', async () => {
    await i18n.changeLanguage('fr');
    try {
      expect(fieldErrorMessage({ messageKey: 'validation.required', message: 'must not be blank' })).toBe('Ce champ est obligatoire.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('show the server message of a field error with an unknown key', () => {
    expect(fieldErrorMessage({ messageKey: 'validation.something-new', message: 'must be a prime number' })).toBe('must be a prime number');
  });
});
