import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, aStaffMember, expect, noHorizontalScroll, seriousViolations, signIn, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/reports-${name}.png`, fullPage: true });

test('a manager reads the participation of her programme, shares the view and keeps it on reload', async ({ page, request, admin }) => {
  const year = new Date().getUTCFullYear();
  const manager = await aStaffMember(request, admin, 'manager', ['MANAGER']);
  const token = await apiToken(request, manager);
  const activity = await aPublishedActivity(request, token, { title: `E2E report ${Date.now().toString(36)}`, startDate: `${year + 1}-03-02`, endDate: `${year + 1}-03-06`, capacity: 20 });
  const { programmeId } = await apiCall<{ programmeId: string }>(request, 'GET', `/api/activities/${activity.id}`, { token });
  const people = [
    await aParticipant(request, 'amina', { gender: 'FEMALE', countryCode: 'KE' }),
    await aParticipant(request, 'rosa', { gender: 'FEMALE', countryCode: 'CO' }),
    await aParticipant(request, 'juan', { gender: 'MALE', countryCode: 'CO' }),
  ];
  for (const person of people) {
    await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: person.email } });
  }
  // One indicator with a target over the programme's days, so that the report has a target to show.
  await apiCall(request, 'POST', `/api/programmes/${programmeId}/indicators`, {
    token,
    data: {
      code: 'women',
      name: { en: 'Women registered', fr: null, es: null },
      unit: 'COUNT',
      currency: null,
      direction: 'HIGHER_IS_BETTER',
      source: 'PARTICIPATION',
      measure: 'WOMEN_REGISTERED',
      aggregation: null,
      milestoneId: null,
      baseline: null,
      cumulative: true,
      targets: [{ from: `${year + 1}-03-02`, to: `${year + 1}-03-06`, value: 10, gender: null, countryGroup: null }],
    },
  });

  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, manager);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participation' })).toBeVisible();

  await page.goto(`/reports?programmeId=${programmeId}&groupBy=country`);
  await expect(page.getByText('3 participants (67% women) from 2 countries registered')).toBeVisible();
  const figures = page.getByRole('heading', { level: 2, name: 'Headline figures' }).locator('..');
  await expect(figures).toContainText('67% of 3');
  await expect(page.getByLabel('Break down by')).toHaveValue('country');
  await expect(page.getByRole('heading', { level: 2, name: 'By country' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'By month' })).toBeVisible();
  // The programme's targets, counted under the same filters.
  const targets = page.getByRole('heading', { level: 2, name: 'Targets' }).locator('..');
  await expect(targets.getByRole('heading', { level: 3, name: 'Women registered' })).toBeVisible();
  await expect(targets).toContainText('Reached: 2 (n = ');
  await expect(targets).toContainText('20% of the target');
  // Where participants come from, beside the breakdown by country.
  await expect(page.getByRole('heading', { level: 2, name: 'Where participants come from' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By region', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By country group', exact: true })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, '360');

  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Participation by country' });
  await expect(table.getByRole('rowheader', { name: 'Colombia' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Kenya' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, '360-table');

  await page.reload();
  await expect(page.getByText('3 participants (67% women) from 2 countries registered')).toBeVisible();
  await expect(page.getByLabel('Programme', { exact: true })).toHaveValue(programmeId);
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByRole('rowheader', { name: 'Kenya' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Chart' }).click();
  await expect(page.getByText('3 participants (67% women) from 2 countries registered')).toBeVisible();
  await expect(page.getByRole('table', { name: 'By region', exact: true })).toBeVisible();
  await shot(page, '1280');

  // Without a programme the targets wait for one; broken down by region, the region table is not repeated.
  await page.goto('/reports?groupBy=region');
  await expect(page.getByText('Choose a programme in the filters to see its targets and how far they are reached.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'By country group', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By region', exact: true })).toHaveCount(0);
});
