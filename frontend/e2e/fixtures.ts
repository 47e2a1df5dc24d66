import { test as base, expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
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
