import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

const shotsDir = '/tmp/shots';

/** At 1280 and 320 px, into the run's artifacts and /tmp/shots, checking nothing scrolls sideways on a phone. */
async function shots(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  await screenshot(page, name);
  await page.screenshot({ path: `${shotsDir}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll), `${name} scrolls sideways at 320 px`).toBe(true);
  await page.screenshot({ path: `${shotsDir}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a manager imports participants from a CSV: checks the dry run, confirms, and finds them on the roster', async ({ page, request, admin }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear() + 1;
  const token = await apiToken(request, admin);
  const title = `E2E import workshop ${suffix}`;
  const activity = await aPublishedActivity(request, token, { title, startDate: `${year}-09-01`, endDate: `${year}-09-02`, capacity: 2 });
  const existing = await aParticipant(request, 'existing', { gender: 'FEMALE', countryCode: 'NP' });
  const [asha, wanjiru, priya] = [newAccount('asha'), newAccount('wanjiru'), newAccount('priya')];
  // Two seats: Asha and Wanjiru take them; the existing participant and Priya wait. Two rows are refused.
  const file = [
    'email,name,country,gender,notes',
    `${asha.email},${asha.displayName},NP,F,first`,
    `${wanjiru.email},${wanjiru.displayName},KE,FEMALE,`,
    `nowhere-${suffix}@e2e.example.org,Nowhere Person,XX,FEMALE,`,
    `${asha.email},Asha Again,NP,F,repeated`,
    `${existing.email},${existing.displayName},NP,F,`,
    `${priya.email},"${priya.displayName}",IN,female,`,
  ].join('\r\n');

  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}`);
  await page.getByRole('link', { name: 'Import participants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Import participants: ${title}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the template' })).toHaveAttribute('href', '/api/imports/template.csv');
  const template = await request.get('/api/imports/template.csv');
  expect(await template.text()).toMatch(/^email,name,country,gender,business_name,sector,women_led,women_owned,employees,language/);
  expect(await seriousViolations(page), 'upload page').toEqual([]);
  await shots(page, 'import-upload');

  await page.getByLabel('File of participants').setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
  await page.getByRole('button', { name: 'Check the file' }).click();

  // The dry run, at an address of its own.
  await expect(page.getByRole('heading', { level: 2, name: 'What the import will do' })).toBeVisible();
  await expect(page).toHaveURL(/\/manage\/imports\/[^/?]+$/);
  const summary = page.getByRole('list', { name: 'What happens to the rows' });
  await expect(summary).toContainText('2 new accounts will be created and enrolled');
  await expect(summary).toContainText('1 person will get a new account and join the waitlist');
  await expect(summary).toContainText('1 person who already has an account will join the waitlist');
  await expect(summary).toContainText('2 rows have problems and will be skipped');
  await expect(page.getByLabel('About the file')).toContainText('Encoding detectedUTF-8');
  await expect(page.getByText('This column is not used and is ignored: notes')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Rows with problems, scrolls sideways' });
  await expect(problems.getByRole('row').nth(1)).toContainText('4countryChoose a country from the list.');
  await expect(problems.getByRole('row').nth(2)).toContainText('5emailThis e-mail address already appears on an earlier row.');
  const rows = page.getByRole('region', { name: 'All rows, scrolls sideways' });
  await expect(rows.getByRole('row')).toHaveCount(7);
  await expect(rows.getByRole('row').nth(6)).toContainText('New account, on the waitlist');
  expect(await seriousViolations(page), 'dry run').toEqual([]);
  await shots(page, 'import-dry-run');

  await page.getByRole('button', { name: 'Confirm the import' }).click();
  await expect(page.getByText(/^Import 4 rows now\? The rows with problems \(2\) are skipped\./)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import done' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'The import is done.' })).toBeVisible();
  await expect(summary).toContainText('2 new accounts were created and enrolled');
  await expect(summary).toContainText('2 rows had problems and were skipped');
  expect(await seriousViolations(page), 'done').toEqual([]);
  await shots(page, 'import-done');

  // The address keeps showing how it ended.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Import done' })).toBeVisible();

  await page.getByRole('link', { name: 'See who is enrolled' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Manage: ${title}` })).toBeVisible();
  const counts = page.getByLabel('Counts by status');
  await expect(counts).toContainText('Enrolled2');
  await expect(counts).toContainText('On the waitlist2');
  for (const person of [asha, wanjiru, priya, existing]) {
    await expect(page.getByRole('heading', { level: 3, name: person.displayName })).toBeVisible();
  }
  await expect(page.getByText('Nowhere Person')).toHaveCount(0);
  await expect(page.getByText('Seats: 2 taken of 2, 2 on the waitlist')).toBeVisible();
});

test('a file over 1 MB is refused before it is sent', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear() + 1;
  const token = await apiToken(request, admin);
  const activity = await aPublishedActivity(request, token, {
    title: `E2E big import workshop ${suffix}`, startDate: `${year}-09-01`, endDate: `${year}-09-02`, capacity: 2,
  });

  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}/import`);
  let uploads = 0;
  page.on('request', (sent) => {
    if (sent.url().includes('/imports') && sent.method() === 'POST') uploads += 1;
  });
  const input = page.getByLabel('File of participants');
  await input.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(input).toHaveAccessibleDescription(/What you sent is too large\./);
  expect(uploads).toBe(0);
});

test('an invitation link that expired or was used says so and leads to sign-in', async ({ page }) => {
  await page.goto('/invitation/not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  expect(await seriousViolations(page), 'invitation').toEqual([]);

  await page.getByLabel('New password').fill('a long passphrase of mine');
  await page.getByLabel('Type the password again').fill('a long passphrase of mine');
  await page.getByRole('button', { name: 'Set my password and sign in' }).click();

  await expect(page.getByRole('alert')).toContainText('This invitation link has expired or has already been used.');
  expect(await seriousViolations(page), 'invitation refused').toEqual([]);
  await shots(page, 'invitation-refused');
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('etc.refreshToken'))).toBeNull();
});
