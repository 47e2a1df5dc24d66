import type { APIRequestContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { aParticipant, aPublishedActivity, apiCall, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, test, type Account } from './fixtures';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const minutes = (offset: number) => new Date(Date.now() + offset * 60_000).toISOString();

type Sheet = { entries: { displayName: string; status: string | null; selfCheckedIn: boolean }[] };

/**
 * A published workshop run by a new trainer, with the given sessions and participants seated by
 * the administrator. All through the API; the title is unique to the test.
 */
async function aWorkshop(
  request: APIRequestContext,
  admin: Account,
  { sessions, people }: { sessions: { title: string; startsAt: string; endsAt: string }[]; people: Account[] },
) {
  const token = await apiToken(request, admin);
  const suffix = randomBytes(4).toString('hex');
  const title = `E2E attendance workshop ${suffix}`;
  const activity = await aPublishedActivity(request, token, {
    title, startDate: day(-3), endDate: day(1), capacity: 25, delivery: 'IN_PERSON', countryCode: 'KE', city: 'Nairobi', timeZone: 'UTC',
  });
  const created: { id: string; title: string }[] = [];
  for (const session of sessions) {
    const data = { ...session, location: 'Nairobi, KICC' };
    created.push(await apiCall<{ id: string; title: string }>(request, 'POST', `/api/activities/${activity.id}/sessions`, { token, data }));
  }
  for (const person of people) {
    await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: person.email } });
  }
  const trainer = newAccount('trainer');
  const account = await apiCall<{ id: string }>(request, 'POST', '/api/users', {
    token,
    data: { email: trainer.email, password: trainer.password, displayName: trainer.displayName, roles: ['TRAINER'], locale: 'en' },
  });
  await apiCall(request, 'PUT', `/api/activities/${activity.id}/trainers`, { token, data: { trainerIds: [account.id] } });
  return { id: activity.id, title, sessions: created, trainer, token };
}

test('a trainer marks attendance on her phone, offline too, and a participant checks herself in with the code', async ({ page, browser, request, admin }) => {
  const people: Account[] = [];
  for (const name of ['amina', 'bich', 'carla', 'dina']) people.push(await aParticipant(request, name));
  const [amina, bich, carla, dina] = people;
  const workshop = await aWorkshop(request, admin, { sessions: [{ title: 'Opening session', startsAt: minutes(-5), endsAt: minutes(120) }], people });
  const session = workshop.sessions[0];

  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, workshop.trainer);
  await page.goto(`/teaching/${workshop.id}`);
  await page.getByRole('link', { name: /^Attendance\s*: Opening session$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attendance: Opening session' })).toBeVisible();
  const row = (person: Account) => page.getByRole('group', { name: new RegExp(`^${person.displayName}`) });
  await expect(row(amina).getByRole('radio')).toHaveCount(4);

  // Every status button is a big enough target, and the whole list fits the screen's width.
  for (const label of await row(amina).locator('label').all()) {
    expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);

  await page.getByRole('button', { name: 'Mark everyone present' }).click();
  await row(bich).getByText('Late', { exact: true }).click();
  await expect(row(bich).getByRole('radio', { name: 'Late' })).toBeChecked();
  await expect(page.getByText('All marks are saved.')).toBeVisible();
  expect(await seriousViolations(page), 'attendance sheet').toEqual([]);

  await page.context().setOffline(true);
  await expect(page.getByText('Offline: marks are kept on this phone and sent when the connection returns.')).toBeVisible();
  await row(carla).getByText('Absent', { exact: true }).click();
  await row(amina).getByText('Excused', { exact: true }).click();
  await expect(page.getByText('2 marks not sent yet')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByText('2 marks not sent yet')).toBeVisible();
  await screenshot(page, 'attendance-sheet-360');

  await page.context().setOffline(false);
  await expect(page.getByText('All marks are saved.')).toBeVisible();
  const sheet = await apiCall<Sheet>(request, 'GET', `/api/sessions/${session.id}/attendance`, { token: workshop.token });
  const statusOf = (person: Account) => sheet.entries.find((entry) => entry.displayName === person.displayName)?.status;
  expect([amina, bich, carla, dina].map(statusOf)).toEqual(['EXCUSED', 'LATE', 'ABSENT', 'PRESENT']);

  // The code panel shows the digits the server gives.
  await page.getByRole('button', { name: 'Show the check-in code' }).click();
  await expect(page.getByTestId('check-in-code')).toHaveText(/^\d{6}$/);
  await expect(page.getByRole('img', { name: 'QR code to check in to this session' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'attendance-code-360');

  // Dina scans the code: signed out, she signs in first and comes back to the filled-in form.
  const trainerToken = await apiToken(request, workshop.trainer);
  const { code } = await apiCall<{ code: string }>(request, 'GET', `/api/sessions/${session.id}/check-in-code`, { token: trainerToken });
  // Marked absent first, so that her own check-in is what makes her present.
  const before = await apiCall<{ entries: { enrolmentId: string; displayName: string }[] }>(request, 'GET', `/api/sessions/${session.id}/attendance`, {
    token: trainerToken,
  });
  const dinaEntry = before.entries.find((entry) => entry.displayName === dina.displayName)!;
  await apiCall(request, 'PUT', `/api/sessions/${session.id}/attendance`, {
    token: trainerToken,
    data: { records: [{ enrolmentId: dinaEntry.enrolmentId, status: 'ABSENT', note: null, markedAt: minutes(-1) }] },
  });
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const participant = await phone.newPage();
  await participant.goto(`/check-in/${session.id}?code=${code}`);
  await expect(participant.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await participant.getByLabel('E-mail address').fill(dina.email);
  await participant.getByLabel('Password', { exact: true }).fill(dina.password);
  await participant.getByRole('button', { name: 'Sign in' }).click();
  await expect(participant.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(participant.getByLabel('Check-in code')).toHaveValue(code);
  expect(await participant.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(participant), 'check-in').toEqual([]);
  await screenshot(participant, 'check-in-360');

  await participant.getByLabel('Check-in code').fill(code === '000000' ? '111111' : '000000');
  await participant.getByRole('button', { name: 'Check in' }).click();
  await expect(participant.getByText(/This code is not right/)).toBeVisible();
  await participant.getByLabel('Check-in code').fill(code);
  await participant.getByRole('button', { name: 'Check in' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'You are marked present.' })).toBeVisible();
  await screenshot(participant, 'check-in-done-360');
  await phone.close();

  const after = await apiCall<Sheet>(request, 'GET', `/api/sessions/${session.id}/attendance`, { token: trainerToken });
  expect(after.entries.find((entry) => entry.displayName === dina.displayName)).toMatchObject({ status: 'PRESENT', selfCheckedIn: true });
});

test('a participant who attended every session downloads her certificate and its public page says it is valid', async ({ page, request, admin }) => {
  const amina = await aParticipant(request, 'amina');
  const workshop = await aWorkshop(request, admin, {
    sessions: [
      { title: 'Day one', startsAt: `${day(-2)}T08:00:00Z`, endsAt: `${day(-2)}T12:00:00Z` },
      { title: 'Day two', startsAt: `${day(-1)}T08:00:00Z`, endsAt: `${day(-1)}T12:00:00Z` },
    ],
    people: [amina],
  });
  const trainerToken = await apiToken(request, workshop.trainer);
  for (const session of workshop.sessions) {
    const sheet = await apiCall<{ entries: { enrolmentId: string }[] }>(request, 'GET', `/api/sessions/${session.id}/attendance`, { token: trainerToken });
    await apiCall(request, 'PUT', `/api/sessions/${session.id}/attendance`, {
      token: trainerToken,
      data: { records: [{ enrolmentId: sheet.entries[0].enrolmentId, status: 'PRESENT', note: null, markedAt: new Date().toISOString() }] },
    });
  }

  // Her trainer sees it on the activity's page.
  await signIn(page, workshop.trainer);
  await page.goto(`/teaching/${workshop.id}`);
  const section = page.getByRole('region', { name: 'Attendance and completion' });
  await expect(section.getByText('Sessions held: 2 of 2')).toBeVisible();
  const card = section.getByRole('listitem', { name: amina.displayName });
  await expect(card).toContainText('100%');
  await expect(card).toContainText('Completed');
  await expect(card).toContainText('Certificate');
  expect(await seriousViolations(page), 'attendance and completion').toEqual([]);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, amina);
  await page.goto('/my-learning');
  const certificate = page.getByRole('region', { name: 'My certificates' }).getByRole('listitem', { name: workshop.title });
  await expect(certificate).toContainText('Valid');
  const downloading = page.waitForEvent('download');
  await certificate.getByRole('button', { name: /^Download PDF/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^certificate-[A-Z2-7]+\.pdf$/);
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  expect(await seriousViolations(page), 'my learning').toEqual([]);

  await certificate.getByRole('link', { name: /^Verification page/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Certificate verification' })).toBeVisible();
  await expect(page.getByText('This certificate is valid.')).toBeVisible();
  await expect(page.getByText(amina.displayName)).toBeVisible();
  await expect(page.getByText(workshop.title)).toBeVisible();
  expect(await seriousViolations(page), 'certificate').toEqual([]);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'certificate-360');
});
