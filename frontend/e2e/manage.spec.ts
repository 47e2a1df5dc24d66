import { expect, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

test('the administrator creates a programme and an activity, publishes it, adds a session, and finds it in the catalogue', async ({ page, admin }) => {
  const suffix = Date.now().toString(36);
  const programme = `E2E programme ${suffix}`;
  const title = `E2E workshop ${suffix}`;
  const year = new Date().getUTCFullYear() + 1;

  await signIn(page, admin);
  await page.getByRole('navigation').getByRole('link', { name: 'Manage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage programmes' })).toBeVisible();

  await page.getByText('New programme', { exact: true }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create programme' }) });
  await form.getByLabel('Name').fill(programme);
  await form.getByLabel('Start date').fill(`${year}-01-01`);
  await form.getByLabel('End date').fill(`${year}-12-31`);
  await form.getByLabel('Lead organisation').fill('UNCTAD');
  await form.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Programme “${programme}” created.` })).toBeVisible();
  await screenshot(page, 'manage-programmes');

  await page.getByRole('link', { name: `New activity in ${programme}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New activity' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Start date').fill(`${year}-03-01`);
  await page.getByLabel('End date').fill(`${year}-03-02`);
  await page.getByLabel(/^Time zone/).fill('Africa/Nairobi');
  await page.getByLabel('Least Developed Countries').check();
  await screenshot(page, 'manage-new-activity');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create the draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Manage: ${title}` })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();

  await page.getByLabel('Title').fill('Opening session');
  await page.getByLabel('Starts').fill(`${year}-03-01T09:00`);
  await page.getByLabel('Ends').fill(`${year}-03-01T12:00`);
  await page.getByLabel('Place or online link').fill('Nairobi, KICC');
  await page.getByRole('button', { name: 'Add the session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session added.' })).toBeVisible();
  await expect(page.getByText('Opening session').first()).toBeVisible();
  await screenshot(page, 'manage-activity');
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'manage-activity-320');
  await page.goto('/manage');
  await expect(page.getByRole('heading', { name: programme })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'manage-programmes-320');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/catalogue?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});
