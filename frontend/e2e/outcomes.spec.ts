import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, expect, newAccount, noHorizontalScroll, seriousViolations, signIn, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/outcomes-${name}.png`, fullPage: true });

test('a manager sets an indicator with a target, a milestone and a baseline template, then asks the survey in a cohort', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear();
  const adminToken = await apiToken(request, admin);
  const manager = newAccount('manager');
  await apiCall(request, 'POST', '/api/users', {
    token: adminToken,
    data: { email: manager.email, password: manager.password, displayName: manager.displayName, roles: ['MANAGER'], locale: 'en' },
  });
  const token = await apiToken(request, manager);
  const title = `E2E cohort ${suffix}`;
  const activity = await aPublishedActivity(request, token, { title, type: 'ACCELERATOR_COHORT', startDate: `${year + 1}-02-01`, endDate: `${year + 1}-06-30`, capacity: 20 });
  const { programmeId } = await apiCall<{ programmeId: string }>(request, 'GET', `/api/activities/${activity.id}`, { token });
  const sme = await aParticipant(request, 'sme', { gender: 'FEMALE', countryCode: 'KE' });
  await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: sme.email } });

  await signIn(page, manager);
  await page.goto(`/manage/programmes/${programmeId}`);
  await page.getByRole('link', { name: 'Outcomes, surveys and milestones' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Outcomes of / })).toBeVisible();
  await expect(page.getByText('No indicators yet. Add the first one below.')).toBeVisible();

  // An indicator counted from participation, with a target for women.
  await page.getByText('Add an indicator', { exact: true }).click();
  const indicatorForm = page.getByRole('form', { name: 'Add an indicator' });
  await indicatorForm.getByLabel('Code', { exact: true }).fill('OC1');
  await indicatorForm.getByLabel('Name in English').fill('Women entrepreneurs registered');
  await indicatorForm.getByLabel('What is counted').selectOption('WOMEN_REGISTERED');
  await indicatorForm.getByRole('button', { name: 'Add a target' }).click();
  await indicatorForm.getByLabel('From', { exact: true }).fill(`${year + 1}-01-01`);
  await indicatorForm.getByLabel('To', { exact: true }).fill(`${year + 1}-12-31`);
  await indicatorForm.getByLabel('Target value').fill('50');
  await indicatorForm.getByLabel('Only for').selectOption('FEMALE');
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await indicatorForm.screenshot({ path: '/tmp/shots/outcomes-indicator-form-360.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await indicatorForm.getByRole('button', { name: 'Add the indicator' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Indicator “Women entrepreneurs registered” added.' })).toBeVisible();
  const card = page.getByRole('listitem', { name: 'Women entrepreneurs registered' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('of 50 (n =');

  // The same code again is refused on the field.
  await page.getByText('Add an indicator', { exact: true }).click();
  const again = page.getByRole('form', { name: 'Add an indicator' });
  await again.getByLabel('Code', { exact: true }).fill('OC1');
  await again.getByLabel('Name in English').fill('Duplicate');
  await again.getByLabel('What is counted').selectOption('COUNTRIES_REACHED');
  await again.getByRole('button', { name: 'Add the indicator' }).click();
  await expect(again.getByLabel('Code', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByText('Add an indicator', { exact: true }).click();

  // A milestone for the cohort's SMEs.
  await page.getByText('Add a milestone', { exact: true }).click();
  const milestoneForm = page.getByRole('form', { name: 'Add a milestone' });
  await milestoneForm.getByLabel('Code', { exact: true }).fill('M1');
  await milestoneForm.getByLabel('Name in English').fill('First online sale');
  await milestoneForm.getByRole('button', { name: 'Add the milestone' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Milestone “First online sale” added.' })).toBeVisible();

  // A baseline survey template with one yes/no question.
  await page.getByText('Add a survey template', { exact: true }).click();
  const templateForm = page.getByRole('form', { name: 'Add a survey template' });
  await templateForm.getByLabel('Kind').selectOption('BASELINE');
  await templateForm.getByLabel('Title in English').fill(`Before the cohort ${suffix}`);
  await templateForm.getByRole('button', { name: 'Add a question' }).click();
  await templateForm.getByLabel('Question in English').fill('Do you sell online today?');
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await templateForm.screenshot({ path: '/tmp/shots/outcomes-template-form-360.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await templateForm.getByRole('button', { name: 'Create the template' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Template “Before the cohort ${suffix}” created.` })).toBeVisible();

  await shot(page, 'programme-1280');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, 'programme-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The activity asks the template.
  await page.goto(`/manage/activities/${activity.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Manage: ${title}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Surveys' })).toBeVisible();
  await page.getByText('Ask a survey', { exact: true }).click();
  const askForm = page.getByRole('form', { name: 'Ask a survey' });
  await askForm.getByLabel('Survey template').selectOption({ label: `Before the cohort ${suffix} (Baseline)` });
  await askForm.getByRole('button', { name: 'Ask the survey' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Survey “Before the cohort ${suffix}” asked.` })).toBeVisible();
  const survey = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Before the cohort ${suffix}` }) });
  await expect(survey).toContainText(/\d+ of \d+ answered/);

  // The outcomes of the activity, and a milestone recorded for its SME.
  await expect(page.getByRole('table', { name: 'Outcomes' })).toContainText('Women entrepreneurs registered');
  await page.getByText('Record a milestone', { exact: true }).click();
  const recordForm = page.getByRole('form', { name: 'Record a milestone' });
  await recordForm.getByLabel('SME').selectOption({ label: sme.displayName });
  await recordForm.getByLabel('Milestone').selectOption({ label: 'First online sale' });
  await recordForm.getByLabel('Reached on').fill(`${year}-01-15`);
  await recordForm.getByRole('button', { name: 'Record the milestone' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Recorded: ${sme.displayName} reached “First online sale”.` })).toBeVisible();
  const milestones = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Milestones' }) });
  await expect(milestones.getByRole('heading', { level: 3, name: sme.displayName })).toBeVisible();
  await expect(milestones).toContainText('First online sale');

  await shot(page, 'activity-1280');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, 'activity-360');
  for (const name of ['Surveys', 'Outcomes', 'Milestones']) {
    await page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) }).screenshot({ path: `/tmp/shots/outcomes-activity-360-${name.toLowerCase()}.png` });
  }
});
