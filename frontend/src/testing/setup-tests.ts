import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18n, i18nReady } from '@/lib/i18n';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('en');
  // The namespaces the router loads with their pages.
  await i18n.loadNamespaces(['attendance', 'certificates', 'course', 'surveys', 'outcomes', 'surveys-admin', 'reports']);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
