import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, aStaffMember, expect, noHorizontalScroll, seriousViolations, signIn, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/outcomes-${name}.png`, fullPage: true });

test('a manager sets an indicator with a target, a milestone and a baseline template, then asks the survey in a cohort', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear();
  const manager = await aStaffMember(request, admin, 'manager', ['MANAGER']);
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

test('an SME in a cohort reports a milestone from My learning on a phone, and sees it validated', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear();
  const manager = await aStaffMember(request, admin, 'manager', ['MANAGER']);
  const token = await apiToken(request, manager);
  const title = `E2E SME cohort ${suffix}`;
  const activity = await aPublishedActivity(request, token, { title, type: 'ACCELERATOR_COHORT', startDate: `${year}-01-01`, endDate: `${year + 1}-06-30`, capacity: 20 });
  const { programmeId } = await apiCall<{ programmeId: string }>(request, 'GET', `/api/activities/${activity.id}`, { token });
  await apiCall(request, 'POST', `/api/programmes/${programmeId}/milestones`, { token, data: { code: 'M1', name: { en: 'First online sale' } } });
  await apiCall(request, 'POST', `/api/programmes/${programmeId}/milestones`, { token, data: { code: 'M2', name: { en: 'First export order' } } });
  const sme = await aParticipant(request, 'sme', { gender: 'FEMALE', countryCode: 'KE' });
  await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: sme.email } });

  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, sme);
  await page.goto('/my-learning');
  const card = page.getByRole('article', { name: title });
  const milestones = card.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: 'My milestones' }) });
  await expect(milestones).toBeVisible();
  const sale = milestones.getByRole('listitem', { name: 'First online sale' });
  await expect(sale).toContainText('Not reached yet');
  await expect(milestones.getByRole('listitem', { name: 'First export order' })).toContainText('Not reached yet');

  await sale.getByRole('button', { name: /^Report it\b/ }).click();
  const form = sale.getByRole('form', { name: 'Report “First online sale”' });
  await expect(form.getByLabel('Date you reached it')).not.toHaveValue('');
  await form.getByLabel('Evidence (optional)').fill('Order 1042 on the Jumia shop');
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await form.screenshot({ path: '/tmp/shots/sme-milestones-form-360.png' });
  await form.getByRole('button', { name: 'Send to my coach' }).click();
  await expect(milestones.getByRole('status')).toContainText('Reported: “First online sale”. Your coach will now check it.');
  await expect(sale).toContainText('waiting for your coach');
  await expect(sale.getByRole('button', { name: /^Withdraw the report\b/ })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/shots/sme-milestones-360.png', fullPage: true });

  // Her coach's side: the manager validates what she reported.
  const records = await apiCall<{ id: string; status: string; selfReported: boolean }[]>(request, 'GET', `/api/activities/${activity.id}/milestone-records`, { token });
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ status: 'REPORTED', selfReported: true });
  await apiCall(request, 'PUT', `/api/milestone-records/${records[0]!.id}/decision`, { token, data: { status: 'VALIDATED' } });

  await page.reload();
  await expect(sale).toContainText(/Validated on /);
  await expect(sale.getByRole('button')).toHaveCount(0);
  await expect(milestones).toContainText('Validated: 1 of 2');
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await page.screenshot({ path: '/tmp/shots/sme-milestones-validated-360.png', fullPage: true });
});
