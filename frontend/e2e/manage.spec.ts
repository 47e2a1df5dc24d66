import { aParticipant, aPublishedActivity, apiCall, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

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
  await form.getByLabel('Name', { exact: true }).fill(programme);
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

  const sessionForm = page.getByRole('form', { name: 'Add a session' });
  await sessionForm.getByLabel('Title').fill('Opening session');
  await sessionForm.getByLabel('Starts').fill(`${year}-03-01T09:00`);
  await sessionForm.getByLabel('Ends').fill(`${year}-03-01T12:00`);
  await sessionForm.getByLabel('Place or online link').fill('Nairobi, KICC');
  await sessionForm.getByRole('button', { name: 'Add the session' }).click();
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

/** "Add: Asha", as Chromium names a button whose visually hidden part follows its text. */
const action = (label: string, who: string) => new RegExp(`^${label}\\s*: ${who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test('a manager raises the capacity, assigns a trainer, moves someone to the waitlist and back, and enrols someone by e-mail', async ({
  page,
  request,
  admin,
}) => {
  const suffix = Date.now().toString(36);
  const year = new Date().getUTCFullYear() + 1;
  const token = await apiToken(request, admin);
  const title = `E2E roster workshop ${suffix}`;
  const activity = await aPublishedActivity(request, token, { title, startDate: `${year}-05-04`, endDate: `${year}-05-05`, capacity: 1 });
  const trainer = newAccount('trainer');
  await apiCall(request, 'POST', '/api/users', {
    token,
    data: { email: trainer.email, password: trainer.password, displayName: trainer.displayName, roles: ['TRAINER'], locale: 'en' },
  });
  const seated = await aParticipant(request, 'seated');
  const waiting = await aParticipant(request, 'waiting');
  const direct = await aParticipant(request, 'direct');
  // One seat: the first is seated, the second waits.
  for (const person of [seated, waiting]) {
    await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: person.email } });
  }

  await signIn(page, admin);
  await page.goto(`/manage/activities/${activity.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Manage: ${title}` })).toBeVisible();
  const counts = page.getByLabel('Counts by status');
  await expect(counts).toContainText('Enrolled1');
  await expect(counts).toContainText('On the waitlist1');

  // A second seat goes to the person waiting, at once.
  await page.getByText('Edit details', { exact: true }).click();
  await page.getByLabel('Number of seats').fill('2');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The changes are saved.' })).toBeVisible();
  await expect(page.getByText('Seats: 2 taken of 2, 0 on the waitlist')).toBeVisible();
  await expect(counts).toContainText('Enrolled2');
  await expect(counts).toContainText('On the waitlist0');

  await page.getByLabel('Find a trainer by name or e-mail').fill(trainer.displayName);
  await page.getByRole('button', { name: action('Add', trainer.displayName) }).click();
  await expect(page.getByRole('status').filter({ hasText: `${trainer.displayName} added.` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Current trainers' })).toContainText(trainer.email);

  await page.getByRole('button', { name: action('Move to waitlist', seated.displayName) }).click();
  await page.getByRole('button', { name: 'Yes, move to the waitlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${seated.displayName} is now on the waitlist, at position 1.` })).toBeVisible();
  await expect(counts).toContainText('On the waitlist1');

  await page.getByRole('button', { name: action('Give a seat', seated.displayName) }).click();
  await expect(page.getByRole('status').filter({ hasText: `${seated.displayName} now has a seat.` })).toBeVisible();
  await expect(counts).toContainText('Enrolled2');
  await expect(counts).toContainText('On the waitlist0');

  const directForm = page.getByRole('form', { name: 'Enrol someone directly' });
  await directForm.getByLabel('E-mail address of her account').fill(direct.email);
  await directForm.getByRole('button', { name: 'Enrol' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The activity is full: ${direct.email} is on the waitlist, at position 1.` })).toBeVisible();
  await expect(counts).toContainText('On the waitlist1');
  await expect(page.getByText('Seats: 2 taken of 2, 1 on the waitlist')).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'manage-activity-roster');
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'manage-activity-roster-320');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a manager corrects a partner organisation, told on the field when its name is taken', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const token = await apiToken(request, admin);
  const taken = `E2E Trade Centre ${suffix}`;
  await apiCall(request, 'POST', '/api/organisations', { token, data: { name: taken, acronym: null, website: null } });
  const name = `E2E Trade Centr ${suffix}`;
  await apiCall(request, 'POST', '/api/organisations', { token, data: { name, acronym: 'ETC', website: 'http://example.org' } });

  await signIn(page, admin);
  await page.goto('/manage');
  await page.getByRole('heading', { level: 2, name: 'Partner organisations' }).click();
  await page.getByRole('button', { name: action('Edit', name) }).click();
  const form = page.getByRole('form', { name: `Edit “${name}”` });
  await form.getByLabel('Organisation name').fill(taken);
  await form.getByRole('button', { name: 'Save the organisation' }).click();
  await expect(form.getByLabel('Organisation name')).toHaveAccessibleDescription(/An organisation with this name already exists\./);
  await expect(form.getByLabel('Organisation name')).toBeFocused();
  expect(await seriousViolations(page), 'organisation with an error').toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'organisation-edit-320');
  await page.setViewportSize({ width: 1280, height: 800 });

  const corrected = `E2E Trade Centre of ${suffix}`;
  await form.getByLabel('Organisation name').fill(corrected);
  await form.getByLabel('Website').fill('https://example.org/etc');
  await form.getByRole('button', { name: 'Save the organisation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${corrected}” saved.` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://example.org/etc' })).toBeVisible();
});
