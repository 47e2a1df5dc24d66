import { apiCall, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

/** "Edit: Opening", as Chromium names a button whose visually hidden part follows its text. */
const action = (label: string, what: string) => new RegExp(`^${label}\\s*: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test('a trainer finds the activity she trains under Teaching and adds, edits and deletes its sessions', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear() + 1;
  const token = await apiToken(request, admin);
  const programme = await apiCall<{ id: string }>(request, 'POST', '/api/programmes', {
    token,
    data: { name: `E2E teaching programme ${suffix}`, description: null, startDate: `${year}-01-01`, endDate: `${year}-12-31`, leadOrganisation: 'UNCTAD', partnerIds: [] },
  });
  const activity = (title: string) => ({
    programmeId: programme.id,
    type: 'WORKSHOP',
    title,
    description: null,
    delivery: 'IN_PERSON',
    language: 'en',
    countryCode: 'KE',
    city: 'Nairobi',
    regionCode: null,
    startDate: `${year}-06-08`,
    endDate: `${year}-06-09`,
    timeZone: 'Africa/Nairobi',
    capacity: 25,
    enrolmentPolicy: 'OPEN',
    enrolmentOpensAt: null,
    enrolmentClosesAt: null,
    eligibility: null,
    tags: [],
  });
  const title = `E2E workshop on cross-border payments ${suffix}`;
  const taught = await apiCall<{ id: string }>(request, 'POST', '/api/activities', { token, data: activity(title) });
  const other = await apiCall<{ id: string }>(request, 'POST', '/api/activities', { token, data: activity(`E2E someone else’s workshop ${suffix}`) });
  for (const { id } of [taught, other]) await apiCall(request, 'POST', `/api/activities/${id}/publish`, { token });
  const trainer = newAccount('trainer');
  const account = await apiCall<{ id: string }>(request, 'POST', '/api/users', {
    token,
    data: { email: trainer.email, password: trainer.password, displayName: trainer.displayName, roles: ['TRAINER'], locale: 'en' },
  });
  await apiCall(request, 'PUT', `/api/activities/${taught.id}/trainers`, { token, data: { trainerIds: [account.id] } });

  await signIn(page, trainer);
  await page.getByRole('navigation').getByRole('link', { name: 'Teaching' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teaching' })).toBeVisible();
  const card = page.getByRole('article', { name: title });
  await expect(card).toContainText('Nairobi, Kenya');
  await expect(card).toContainText('Published');
  await expect(card).toContainText('0 taken of 25, 0 on the waitlist');
  await expect(page.getByRole('article')).toHaveCount(1);
  expect(await seriousViolations(page), 'teaching').toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'teaching-320');
  await page.setViewportSize({ width: 1280, height: 800 });

  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Teaching: ${title}` })).toBeVisible();
  await expect(page.getByText(`Trainers: ${trainer.displayName}`)).toBeVisible();
  await expect(page.getByText('The sessions have not been scheduled yet.')).toBeVisible();

  const addForm = page.getByRole('form', { name: 'Add a session' });
  await addForm.getByLabel('Title').fill('Opening session');
  await addForm.getByLabel('Starts').fill(`${year}-06-08T09:00`);
  await addForm.getByLabel('Ends').fill(`${year}-06-08T12:00`);
  await addForm.getByLabel('Place or online link').fill('Nairobi, KICC');
  await addForm.getByRole('button', { name: 'Add the session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session added.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Opening session' })).toBeVisible();
  expect(await seriousViolations(page), 'teaching activity').toEqual([]);

  await page.getByRole('button', { name: action('Edit', 'Opening session') }).click();
  const editForm = page.getByRole('form', { name: 'Edit the session “Opening session”' });
  await editForm.getByLabel('Title').fill('Opening and welcome');
  await editForm.getByRole('button', { name: 'Save the session' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Opening and welcome' })).toBeVisible();
  await expect(page.getByRole('button', { name: action('Edit', 'Opening and welcome') })).toBeFocused();

  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'teaching-activity-360');
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'teaching-activity-1280');

  await page.getByRole('button', { name: action('Delete', 'Opening and welcome') }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('The sessions have not been scheduled yet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Opening and welcome' })).toHaveCount(0);

  await page.goto(`/teaching/${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add a session' })).toHaveCount(0);
});

test('a trainer of nothing yet is told how activities come to her', async ({ page, request, admin }) => {
  const token = await apiToken(request, admin);
  const trainer = newAccount('new-trainer');
  await apiCall(request, 'POST', '/api/users', {
    token,
    data: { email: trainer.email, password: trainer.password, displayName: trainer.displayName, roles: ['TRAINER'], locale: 'en' },
  });

  await signIn(page, trainer);
  await page.goto('/teaching');
  await expect(page.getByText('When a programme manager names you as a trainer, the activity appears here.')).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'teaching-empty-320');
  expect(await seriousViolations(page)).toEqual([]);
});
