import { expect, newAccount, screenshot, signIn, signUp, test } from './fixtures';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

const noHorizontalScroll = () => document.documentElement.scrollWidth <= window.innerWidth;

test('the sign-up page fits a 320 px wide phone', async ({ page }) => {
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-sign-up');

  // Errors must not push the page wider either.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
});

test('the profile page fits a 320 px wide phone', async ({ page }) => {
  await signUp(page, newAccount('mobile'));
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-profile');
});

test('the administration pages fit a 320 px wide phone', async ({ page, admin }) => {
  await signIn(page, admin);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-admin-users');
  await page.goto('/admin/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a staff account' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
});
