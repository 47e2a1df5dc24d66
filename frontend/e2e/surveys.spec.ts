import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, aStaffMember, expect, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

const shotsDir = '/tmp/shots';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** At 360 px, into the run's artifacts and /tmp/shots, checking nothing scrolls sideways on a phone. */
async function shot(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  expect(await page.evaluate(noHorizontalScroll), `${name} scrolls sideways at 360 px`).toBe(true);
  await screenshot(page, name);
  await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
}

type Outcome = { indicator: { id: string }; baseline: { value: number; people: number | null } | null; latest: { value: number; people: number | null } | null };

test('a manager sets an indicator with a target, a participant answers baseline and endline on her phone, and the manager sees it move', async ({ page, browser, request, admin }) => {
  test.setTimeout(150_000);
  const suffix = Date.now().toString(36);
  const manager = await aStaffMember(request, admin, 'manager', ['MANAGER']);
  const token = await apiToken(request, manager);
  const title = `E2E survey workshop ${suffix}`;
  const activity = await aPublishedActivity(request, token, { title, startDate: day(-3), endDate: day(10), capacity: 25, timeZone: 'UTC' });
  const { programmeId } = await apiCall<{ programmeId: string }>(request, 'GET', `/api/activities/${activity.id}`, { token });
  const year = new Date().getUTCFullYear();

  // The manager defines the indicator and its target in her browser.
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const managerPage = await managerContext.newPage();
  await signIn(managerPage, manager);
  await managerPage.goto(`/manage/programmes/${programmeId}/outcomes`);
  await managerPage.getByText('Add an indicator', { exact: true }).click();
  const indicatorForm = managerPage.getByRole('form', { name: 'Add an indicator' });
  await indicatorForm.getByLabel('Code', { exact: true }).fill('SALES');
  await indicatorForm.getByLabel('Name in English').fill('Monthly online sales');
  await indicatorForm.getByLabel('Measured from').selectOption('SURVEY');
  await indicatorForm.getByLabel('Unit').selectOption('CURRENCY');
  await indicatorForm.getByLabel('Currency').fill('USD');
  await indicatorForm.getByLabel('How answers are combined').selectOption('MEAN');
  await indicatorForm.getByRole('button', { name: 'Add a target' }).click();
  await indicatorForm.getByLabel('From', { exact: true }).fill(`${year}-01-01`);
  await indicatorForm.getByLabel('To', { exact: true }).fill(`${year}-12-31`);
  await indicatorForm.getByLabel('Target value').fill('500');
  await indicatorForm.getByRole('button', { name: 'Add the indicator' }).click();
  const card = managerPage.getByRole('listitem', { name: 'Monthly online sales' });
  await expect(card).toBeVisible();
  const [indicator] = await apiCall<{ id: string }[]>(request, 'GET', `/api/programmes/${programmeId}/indicators`, { token });

  const questions = [
    { key: 'sales', type: 'NUMBER', label: { en: 'Online sales last month' }, required: true, unit: { en: 'USD' }, indicatorId: indicator.id },
    { key: 'confidence', type: 'SCALE', label: { en: 'How confident are you selling online?' }, required: false },
  ];
  const hour = 3_600_000;
  const window = { opensAt: new Date(Date.now() - hour).toISOString(), closesAt: new Date(Date.now() + 24 * hour).toISOString() };
  for (const [kind, text] of [
    ['BASELINE', 'Where your business stands today'],
    ['ENDLINE', 'Where your business stands after the training'],
  ]) {
    const template = await apiCall<{ id: string }>(request, 'POST', `/api/programmes/${programmeId}/survey-templates`, {
      token,
      data: { kind, title: { en: text }, questions },
    });
    await apiCall(request, 'POST', `/api/activities/${activity.id}/surveys`, { token, data: { templateId: template.id, ...window } });
  }
  const amina = await aParticipant(request, 'amina');
  await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: amina.email } });

  // On her phone she finds both surveys in My learning.
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, amina);
  await page.goto('/my-learning');
  const surveys = page.getByRole('region', { name: 'Surveys' });
  const baseline = surveys.getByRole('listitem', { name: 'Where your business stands today' });
  const endline = surveys.getByRole('listitem', { name: 'Where your business stands after the training' });
  await expect(baseline).toContainText('Before the training');
  await expect(baseline).toContainText(title);
  await expect(baseline).toContainText(/Answer by /);
  await expect(endline).toContainText('After the training');
  await shot(page, 'survey-my-learning');
  expect(await seriousViolations(page)).toEqual([]);

  // The baseline: her sales and how confident she feels.
  await baseline.getByRole('link', { name: /^Answer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where your business stands today' })).toBeVisible();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByLabel('Online sales last month')).toHaveAccessibleDescription(/This field is required/);
  await page.getByLabel('Online sales last month').fill('100');
  await page.getByRole('group', { name: /How confident are you selling online/ }).getByRole('radio', { name: '3' }).check();
  await shot(page, 'survey-baseline');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you — your answers are saved. You can change them until');
  await shot(page, 'survey-baseline-saved');

  // Back in My learning the baseline shows as answered; she answers the endline.
  await page.getByRole('link', { name: 'Back to My learning' }).click();
  await expect(baseline).toContainText('Answered — you can change your answers until');
  await shot(page, 'survey-my-learning-answered');
  await endline.getByRole('link', { name: /^Answer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where your business stands after the training' })).toBeVisible();
  await page.getByLabel('Online sales last month').fill('400');
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByRole('status')).toContainText('Thank you — your answers are saved.');

  // A reload shows what she saved.
  await page.reload();
  await expect(page.getByLabel('Online sales last month')).toHaveValue('400');

  // The manager sees the indicator move from her baseline to her latest answer, with its base.
  const outcomes = await apiCall<Outcome[]>(request, 'GET', `/api/programmes/${programmeId}/outcomes`, { token });
  const sales = outcomes.find((outcome) => outcome.indicator.id === indicator.id);
  expect(sales?.baseline?.value).toBe(100);
  expect(sales?.latest?.value).toBe(400);
  expect(sales?.latest?.people).toBe(1);
  await managerPage.reload();
  await expect(card).toContainText('$100');
  await expect(card).toContainText('$400');
  await expect(card).toContainText('n = 1');
  await managerPage.screenshot({ path: `${shotsDir}/survey-manager-outcome.png`, fullPage: true });
  await managerContext.close();
});
