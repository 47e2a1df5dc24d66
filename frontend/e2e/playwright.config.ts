import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the real backend. global-setup.ts starts the backend jar (and, when the
 * jar carries no SPA yet, serves the freshly built one in front of it) unless E2E_BASE_URL points
 * at a running instance. Browsers are never downloaded: the system Chromium is used.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../e2e-artifacts/test-results',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: '../e2e-artifacts/report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
