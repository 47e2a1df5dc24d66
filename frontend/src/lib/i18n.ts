import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import activities from '@/locales/en/activities.json';
import applications from '@/locales/en/applications.json';
import auth from '@/locales/en/auth.json';
import common from '@/locales/en/common.json';
import enrolments from '@/locales/en/enrolments.json';
import imports from '@/locales/en/imports.json';
import manage from '@/locales/en/manage.json';
import problems from '@/locales/en/problems.json';
import profile from '@/locales/en/profile.json';
import reviews from '@/locales/en/reviews.json';
import users from '@/locales/en/users.json';
import type attendance from '@/locales/en/attendance.json';
import type certificates from '@/locales/en/certificates.json';
import type course from '@/locales/en/course.json';
import type outcomes from '@/locales/en/outcomes.json';
import type surveysAdmin from '@/locales/en/surveys-admin.json';
import type surveys from '@/locales/en/surveys.json';
import type reports from '@/locales/en/reports.json';
import type communities from '@/locales/en/communities.json';
import type directory from '@/locales/en/directory.json';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is the source of truth and ships with the app; its files type every translation key. */
export const englishResources = { common, auth, profile, users, problems, activities, enrolments, manage, applications, reviews, imports };
export const NAMESPACES = Object.keys(englishResources) as (keyof typeof englishResources)[];

/** Namespaces only a few pages use: loaded with those pages, in English too, to keep the first load small. */
type LazyResources = {
  attendance: typeof attendance;
  certificates: typeof certificates;
  course: typeof course;
  surveys: typeof surveys;
  outcomes: typeof outcomes;
  'surveys-admin': typeof surveysAdmin;
  reports: typeof reports;
  communities: typeof communities;
  directory: typeof directory;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof englishResources & LazyResources;
  }
}

const LANGUAGE_KEY = 'etc.language';

// French and Spanish are fetched only when chosen, so they cost nothing on the first load.
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>([
  '../locales/fr/*.json',
  '../locales/es/*.json',
  '../locales/en/attendance.json',
  '../locales/en/certificates.json',
  '../locales/en/course.json',
  '../locales/en/outcomes.json',
  '../locales/en/surveys-admin.json',
  '../locales/en/surveys.json',
  '../locales/en/reports.json',
  '../locales/en/communities.json',
  '../locales/en/directory.json',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = lazyLocales[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${namespace} translations for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage blocked: fall through to the browser's preference.
  }
  const preferred = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  for (const tag of preferred) {
    const base = tag?.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** True once the person picked a language on this device (rather than it being guessed). */
export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(localStorage.getItem(LANGUAGE_KEY));
  } catch {
    return false;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** Switches the UI language, remembers the choice on this device and tells assistive tech. */
export async function setLanguage(language: Language) {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered, still switched.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

export const i18nReady = i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: { en: englishResources },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18n };
