import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { artifactsDir, readEnvironment } from './environment';

export type Account = { email: string; password: string; displayName: string };

/** A person nobody else in the run uses, so every test sets up what it asserts on. */
export function newAccount(prefix: string): Account {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return { email: `${prefix}-${id}@e2e.example.org`, password: `pass-${randomBytes(9).toString('base64url')}`, displayName: `${prefix} ${id}` };
}

export const test = base.extend<{ admin: Account }>({
  baseURL: async ({}, use) => use(readEnvironment().baseURL),
  admin: async ({}, use) => {
    const { adminEmail, adminPassword } = readEnvironment();
    await use({ email: adminEmail, password: adminPassword, displayName: 'Administrator' });
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

export async function signUp(page: Page, account: Account) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(account.displayName);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
}

export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The account's language may take over once she is in.
  await expect(page.getByRole('button', { name: /^(Sign out|Se déconnecter|Cerrar sesión)$/ })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

export const noHorizontalScroll = () => document.documentElement.scrollWidth <= window.innerWidth;

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page; BRIEF.md allows no serious (or critical) violation. iframes: false
 * leaves out third-party frames (an embedded video player) that axe cannot be injected into.
 */
export async function seriousViolations(page: Page, { iframes = true }: { iframes?: boolean } = {}) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (iframes) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], iframes });
    return result.violations;
  }, iframes);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Calls the API as someone, checking the status so a failed set-up says what the server answered. */
export async function apiCall<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  { token, data, expected = [200, 201] }: { token?: string; data?: unknown; expected?: number[] } = {},
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    data,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await response.text();
  expect(expected, `${method} ${path} answered ${response.status()}: ${body}`).toContain(response.status());
  return (body ? JSON.parse(body) : undefined) as T;
}

export async function apiToken(request: APIRequestContext, account: Pick<Account, 'email' | 'password'>): Promise<string> {
  const tokens = await apiCall<{ access_token: string }>(request, 'POST', '/api/auth/login', {
    data: { username: account.email, password: account.password },
  });
  return tokens.access_token;
}

type Gender = 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED';

/** What a test says about the activity it needs; the rest is a plain published workshop for everyone. */
export type ActivityPlan = {
  title: string;
  startDate: string;
  endDate: string;
  capacity: number;
  type?: 'MASTERCLASS' | 'ONLINE_COURSE' | 'WORKSHOP' | 'STUDY_TOUR' | 'ACCELERATOR_COHORT';
  delivery?: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  countryCode?: string | null;
  city?: string | null;
  timeZone?: string;
  enrolmentPolicy?: 'OPEN' | 'APPLICATION';
};

/** A programme of its own (named apart from the activity) and, in it, the activity planned, published, through the API as `token` (a manager). */
export async function aPublishedActivity(request: APIRequestContext, token: string, plan: ActivityPlan): Promise<{ id: string }> {
  const programme = await apiCall<{ id: string }>(request, 'POST', '/api/programmes', {
    token,
    data: { name: `E2E programme ${Math.random().toString(36).slice(2, 10)}`, description: null, startDate: plan.startDate, endDate: plan.endDate, leadOrganisation: 'UNCTAD', partnerIds: [] },
  });
  const activity = await apiCall<{ id: string }>(request, 'POST', '/api/activities', {
    token,
    data: {
      programmeId: programme.id,
      type: plan.type ?? 'WORKSHOP',
      title: plan.title,
      description: null,
      delivery: plan.delivery ?? 'ONLINE',
      language: 'en',
      countryCode: plan.countryCode ?? null,
      city: plan.city ?? null,
      regionCode: null,
      startDate: plan.startDate,
      endDate: plan.endDate,
      timeZone: plan.timeZone ?? 'Africa/Nairobi',
      capacity: plan.capacity,
      enrolmentPolicy: plan.enrolmentPolicy ?? 'OPEN',
      enrolmentOpensAt: null,
      enrolmentClosesAt: null,
      eligibility: null,
      tags: [],
    },
  });
  await apiCall(request, 'POST', `/api/activities/${activity.id}/publish`, { token });
  return activity;
}

/** A participant signed up through the API, with the profile a test needs. */
export async function aParticipant(request: APIRequestContext, prefix: string, profile: { gender?: Gender; countryCode?: string } = {}): Promise<Account> {
  const account = newAccount(prefix);
  await apiCall(request, 'POST', '/api/auth/register', {
    data: { email: account.email, displayName: account.displayName, password: account.password, locale: 'en' },
  });
  const token = await apiToken(request, account);
  await apiCall(request, 'PUT', '/api/me/profile', {
    token,
    data: {
      countryCode: profile.countryCode ?? null,
      gender: profile.gender ?? null,
      businessName: null,
      sector: null,
      businessStage: null,
      womenLed: null,
      womenOwned: null,
      employees: null,
      onlineSalesChannels: [],
      exporting: null,
    },
  });
  return account;
}

/** A staff account with these roles, created by the administrator through the API. */
export async function aStaffMember(request: APIRequestContext, admin: Account, prefix: string, roles: string[]): Promise<Account> {
  const account = newAccount(prefix);
  await apiCall(request, 'POST', '/api/users', {
    token: await apiToken(request, admin),
    data: { email: account.email, password: account.password, displayName: account.displayName, roles, locale: 'en' },
  });
  return account;
}
