import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, signOut, test } from './fixtures';

/** "Add: Asha", as Chromium names a button whose visually hidden part follows its text. */
const action = (label: string, who: string) => new RegExp(`^${label}\\s*: ${who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

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

test('a manager builds the application form, participants apply, two reviewers score blind, and the manager accepts the best', async ({
  page,
  request,
  admin,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear() + 1;
  const token = await apiToken(request, admin);
  const title = `E2E accelerator ${suffix}`;
  const activity = await aPublishedActivity(request, token, {
    title, type: 'ACCELERATOR_COHORT', startDate: `${year}-06-01`, endDate: `${year}-06-30`, capacity: 1, enrolmentPolicy: 'APPLICATION',
  });
  const reviewers = [newAccount('reviewer-one'), newAccount('reviewer-two')];
  for (const reviewer of reviewers) {
    await apiCall(request, 'POST', '/api/users', {
      token,
      data: { email: reviewer.email, password: reviewer.password, displayName: reviewer.displayName, roles: ['TRAINER'], locale: 'en' },
    });
  }
  const strong = await aParticipant(request, 'strong', { gender: 'FEMALE', countryCode: 'KE' });
  const weak = await aParticipant(request, 'weak', { gender: 'FEMALE', countryCode: 'NP' });

  // The manager writes the form, the rubric, and names the reviewers.
  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}`);
  await page.getByRole('link', { name: 'Applications and selection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Selection: ${title}` })).toBeVisible();
  for (const [index, [label, type]] of [
    ['Business name', 'Short text'],
    ['Your pitch', 'Long text'],
    ['Do you export?', 'Yes or no'],
  ].entries()) {
    await page.getByRole('button', { name: 'Add a question' }).click();
    const question = page.getByRole('group', { name: `Question ${index + 1}` });
    await question.getByLabel('Question in English').fill(label);
    await question.getByLabel('Type of answer').selectOption({ label: type });
    if (index === 0) await question.getByLabel('Identifies the applicant').check();
    if (index === 2) await question.getByLabel('Required').uncheck();
  }
  await page.getByRole('group', { name: 'Question 2' }).getByLabel('In French (optional)').fill('Votre argumentaire');
  await page.getByRole('button', { name: 'Save the form' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The application form is saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a criterion' }).click();
  const criterion = page.getByRole('group', { name: 'Criterion 1' });
  await criterion.getByLabel('Criterion in English').fill('Readiness to export');
  await criterion.getByLabel('Scale').fill('5');
  await page.getByRole('button', { name: 'Save the criteria' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The criteria are saved.' })).toBeVisible();

  for (const reviewer of reviewers) {
    await page.getByLabel('Find a trainer or manager by name or e-mail').fill(reviewer.displayName);
    await page.getByRole('button', { name: action('Add', reviewer.displayName) }).click();
    await expect(page.getByRole('status').filter({ hasText: `${reviewer.displayName} added.` })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: 'Current reviewers' })).toContainText('0 of 0 scored');
  await signOut(page);

  // She applies in the UI: a draft first, then the application.
  await signIn(page, strong);
  await page.goto(`/activities/${activity.id}`);
  await page.getByRole('link', { name: 'Apply' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Apply: ${title}` })).toBeVisible();
  await page.getByLabel('Business name').fill('Nairobi Knits');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByLabel('Your pitch')).toBeFocused();
  await expect(page.getByText('This field is required.')).toBeVisible();
  expect(await seriousViolations(page), 'application form with errors').toEqual([]);
  await page.getByLabel('Your pitch').fill('STRONG: we already ship to four countries.');
  await page.getByRole('group', { name: 'Do you export? (optional)' }).getByLabel('Yes').check();
  await shots(page, 'application');
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your application has been sent.' })).toBeVisible();
  await expect(page.getByText('Sent', { exact: true })).toBeVisible();
  await page.goto('/my-learning');
  await expect(page.getByRole('heading', { level: 2, name: 'Your applications' })).toBeVisible();
  await expect(page.getByRole('article', { name: title })).toContainText('Sent');
  await signOut(page);

  // The other applicant through the API.
  const weakToken = await apiToken(request, weak);
  await apiCall(request, 'PUT', `/api/activities/${activity.id}/application`, {
    token: weakToken,
    data: { answers: { q1: 'Kathmandu Crafts', q2: 'WEAK: we are thinking about selling online.', q3: false } },
  });
  await apiCall(request, 'POST', `/api/activities/${activity.id}/application/submit`, { token: weakToken });

  // Two reviews per application.
  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}/selection`);
  await page.getByLabel('Reviews per application').fill('2');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 applications assigned (4 reviews).' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Current reviewers' })).toContainText('0 of 2 scored');
  await signOut(page);

  // Each reviewer scores both, blind: the business name is not shown.
  for (const [n, reviewer] of reviewers.entries()) {
    await signIn(page, reviewer);
    await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
    await page.getByRole('link', { name: new RegExp(`^Application 1: ${title}`) }).click();
    for (let i = 0; i < 2; i += 1) {
      await expect(page.getByRole('heading', { level: 1, name: `Review: ${title}` })).toBeVisible();
      await expect(page.getByText('Your pitch')).toBeVisible();
      await expect(page.getByText(/Nairobi Knits|Kathmandu Crafts/)).toHaveCount(0);
      const strongOne = await page.getByText(/^STRONG:/).isVisible();
      await page.getByRole('group', { name: 'Readiness to export' }).getByLabel(strongOne ? (n === 0 ? '5' : '4') : n === 0 ? '1' : '3').check();
      if (n === 0 && i === 0) await shots(page, 'review');
      await page.getByRole('button', { name: 'Save the scores' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Scores saved: \d+\/100\./ })).toBeVisible();
      if (i === 0) {
        if (n === 0) expect(await seriousViolations(page), 'review').toEqual([]);
        await page.getByRole('link', { name: 'Next application to score' }).click();
      }
    }
    await expect(page.getByText('No other application is waiting for your score in this activity.')).toBeVisible();
    await signOut(page);
  }

  // The manager accepts the best one; the other is more than the seats allow.
  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}/selection`);
  const table = page.getByRole('region', { name: 'Applications, scrolls sideways' });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText(strong.displayName);
  await expect(rows.nth(1)).toContainText('88');
  await expect(rows.nth(2)).toContainText(weak.displayName);
  await expect(rows.nth(2)).toContainText('reviewers disagree');
  await expect(page.getByRole('list', { name: 'Current reviewers' })).toContainText('2 of 2 scored');
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('button', { name: 'Yes, accept' }).click();
  await expect(page.getByRole('alert')).toContainText('you selected 2 applicants to accept, and only 1 seats are left');
  await page.getByRole('checkbox', { name: `Select ${weak.displayName}` }).uncheck();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('button', { name: 'Yes, accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 applicant accepted and enrolled. Seats left: 0.' })).toBeVisible();
  await expect(page.getByLabel('Applications by status')).toContainText('Accepted1');
  await page.getByRole('checkbox', { name: `Select ${weak.displayName}` }).check();
  await page.getByRole('button', { name: 'Waitlist' }).click();
  await page.getByRole('button', { name: 'Yes, waitlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 applicant put on the waitlist.' })).toBeVisible();
  expect(await seriousViolations(page), 'selection').toEqual([]);
  await shots(page, 'selection');

  await page.getByRole('link', { name: 'Back to the activity' }).click();
  const counts = page.getByLabel('Counts by status');
  await expect(counts).toContainText('Enrolled1');
  await expect(page.getByRole('heading', { level: 3, name: strong.displayName })).toBeVisible();
  await signOut(page);

  await signIn(page, strong);
  await page.goto(`/activities/${activity.id}`);
  await expect(page.getByText('Your application was accepted: you are enrolled.')).toBeVisible();
});
