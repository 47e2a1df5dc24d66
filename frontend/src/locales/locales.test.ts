import { describe, expect, it } from 'vitest';

// Every locale file on disk, read the way Vite bundles them: { './fr/auth.json': {...} }.
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });
const parsed = Object.entries(files).map(([path, content]) => {
  const [, language, namespace] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  return { language, namespace, content };
});
const languages = [...new Set(parsed.map((file) => file.language))];
const namespacesOf = (language: string) =>
  parsed
    .filter((file) => file.language === language)
    .map((file) => file.namespace)
    .sort();
const load = (language: string, namespace: string): Record<string, unknown> =>
  parsed.find((file) => file.language === language && file.namespace === namespace)?.content ?? {};

/** "a.b.c" for every leaf, so nested objects compare key by key. */
function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') leaves(value as Record<string, unknown>, path).forEach((v, k) => out.set(k, v));
    else out.set(path, value);
  }
  return out;
}
const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const english = namespacesOf('en');
const others = languages.filter((language) => language !== 'en');

describe('translations', () => {
  it('exist in English, French and Spanish', () => {
    expect(languages.sort()).toEqual(['en', 'es', 'fr']);
  });

  describe.each(others)('%s', (language) => {
    it('has exactly the namespace files English has', () => {
      expect(namespacesOf(language)).toEqual(english);
    });

    describe.each(english)('namespace %s', (namespace) => {
      const source = leaves(load('en', namespace));
      const target = leaves(load(language, namespace));

      it('has every English key', () => {
        expect([...source.keys()].filter((key) => !target.has(key))).toEqual([]);
      });

      it('has no key English lacks', () => {
        expect([...target.keys()].filter((key) => !source.has(key))).toEqual([]);
      });

      it('has no empty text and keeps every {{placeholder}}', () => {
        for (const [key, text] of source) {
          expect(typeof target.get(key) === 'string' && (target.get(key) as string).trim() !== '', `${language}/${namespace}:${key} is empty`).toBe(
            true,
          );
          expect(placeholders(target.get(key)), `${language}/${namespace}:${key}`).toEqual(placeholders(text));
        }
      });
    });
  });

  it('translate every messageKey the backend sends', () => {
    const problems = leaves(load('en', 'problems'));
    const backendKeys = [
      'problem.validation',
      'problem.malformed-body',
      'problem.unauthorized',
      'problem.forbidden',
      'problem.not-found',
      'problem.conflict',
      'problem.too-many-requests',
      'problem.payload-too-large',
      'problem.internal',
      'auth.invalid-credentials',
      'auth.account-disabled',
      'auth.email-taken',
      'auth.throttled',
      'validation.required',
      'validation.email',
      'validation.size',
      'validation.password-too-short',
      'validation.password-too-long',
      'validation.password-common',
      'validation.invalid-value',
      'validation.unknown-country',
      'validation.out-of-range',
      'validation.invalid-type',
      'validation.current-password-wrong',
      'enrolment.closed',
      'enrolment.not-published',
      'enrolment.already-enrolled',
      'enrolment.not-eligible',
      'enrolment.idempotency-mismatch',
      'enrolment.not-active',
      'eligibility.gender',
      'eligibility.country',
      'eligibility.region',
      'eligibility.country-group',
      'eligibility.women-led',
      'eligibility.women-owned',
      'eligibility.profile-incomplete',
      'activity.invalid-state',
      'enrolment.full',
      'enrolment.not-waitlisted',
      'validation.date-order',
      'validation.not-staff',
      'activity.programme-fixed',
      'activity.policy-fixed',
      'activity.capacity-below-seats',
      'enrolment.not-seated',
      'enrolment.no-such-account',
      'organisation.name-taken',
      'application.invalid-answer',
      'application.unknown-question',
      'application.already-submitted',
      'application.closed',
      'application.not-by-application',
      'application.not-active',
      'application.form-locked',
      'application.duplicate-key',
      'application.options-needed',
      'application.over-capacity',
      'application.not-decidable',
      'enrolment.application-required',
      'review.rubric-locked',
      'review.closed',
      'review.no-rubric',
      'review.unknown-criterion',
      'review.too-few-reviewers',
      'import.missing-column',
      'import.too-many-rows',
      'import.unreadable',
      'import.no-header',
      'import.not-checked',
      'import.duplicate-email',
      'import.unknown-gender',
      'auth.invitation-invalid',
      'attendance.not-enrolled',
      'attendance.wrong-code',
      'attendance.too-many-codes',
      'attendance.check-in-closed',
      'completion.not-enrolled',
      'certificate.revoked',
      'course.no-seat',
      'course.module-not-empty',
      'course.lesson-has-files',
      'course.file-type',
      'problem.unavailable',
      'report.rebuilding',
      'community.name-taken',
      'community.removed',
      'community.not-member',
      'community.moderators-only',
      'community.members-only',
      'community.not-announcement',
      'community.already-reported',
      'community.event-not-published',
      'directory.own-listing',
      'directory.too-many-contacts',
      'directory.already-replied',
      'directory.no-listing',
      'directory.logo-too-large',
      'directory.logo-type',
    ];
    expect(backendKeys.filter((key) => !problems.has(key))).toEqual([]);
  });
});
