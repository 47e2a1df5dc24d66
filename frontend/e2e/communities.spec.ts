import type { Browser, Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, aStaffMember, expect, noHorizontalScroll, seriousViolations, signIn, test, type Account } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/communities-${name}.png`, fullPage: true });

/** Each person in her own browser context, so their sessions do not mix. */
async function signedIn(browser: Browser, account: Account, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test('a manager starts a community, a participant joins and reports a comment, the manager hides it', async ({ browser, request, admin }) => {
  const manager = await aStaffMember(request, admin, 'manager', ['MANAGER']);
  const amina = await aParticipant(request, 'amina', { gender: 'FEMALE', countryCode: 'KE' });
  const rita = await aParticipant(request, 'rita', { gender: 'FEMALE', countryCode: 'NG' });
  const name = `E2E traders ${Date.now().toString(36)}`;

  // The manager creates the community in the UI.
  const managerPage = await signedIn(browser, manager, 1280);
  await managerPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Communities' }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: 'Communities' })).toBeVisible();
  await managerPage.getByText('New community').click();
  await managerPage.getByLabel('Name').fill(name);
  await managerPage.getByLabel(/^Description/).fill('Women selling online across Africa: share news, fairs and tips.');
  await expect(managerPage.getByRole('option', { name: 'All of Africa' })).toBeAttached();
  await managerPage.getByLabel(/^Region/).selectOption({ label: 'All of Africa' });
  await managerPage.getByLabel('Anyone can join').check();
  await managerPage.getByRole('button', { name: 'Create the community' }).click();
  await expect(managerPage.getByText(`${name} was created. You are its moderator.`)).toBeVisible();
  const card = managerPage.getByRole('listitem').filter({ has: managerPage.getByRole('heading', { name }) });
  await expect(card).toContainText('1 member');
  await expect(card).toContainText('You are a member');
  // The same name again is refused next to the field.
  await managerPage.getByText('New community').click();
  await managerPage.getByLabel('Name').fill(name);
  await managerPage.getByRole('button', { name: 'Create the community' }).click();
  await expect(managerPage.getByText('A community already has this name.')).toBeVisible();
  await managerPage.getByText('New community').click();

  await card.getByRole('link', { name }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name })).toBeVisible();
  const communityId = managerPage.url().split('/').pop()!;

  // The manager adds an upcoming catalogue activity to the community's events.
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const eventTitle = `E2E fair ${Date.now().toString(36)}`;
  const event = await aPublishedActivity(request, await apiToken(request, manager), { title: eventTitle, startDate: soon, endDate: soon, capacity: 10 });
  await managerPage.reload();
  const managerEvents = managerPage.getByRole('region', { name: 'Events' });
  await expect(managerEvents).toContainText('No events yet.');
  await expect(managerEvents.getByRole('option', { name: new RegExp(eventTitle) })).toBeAttached();
  await managerEvents.getByLabel('Catalogue activity').selectOption(event.id);
  await managerEvents.getByRole('button', { name: 'Add to events' }).click();
  await expect(managerEvents.getByRole('link', { name: eventTitle })).toBeVisible();
  await expect(managerEvents).toContainText('Workshop');
  await expect(managerEvents.getByRole('button', { name: new RegExp(`^Remove.*${eventTitle}`) })).toBeVisible();

  // The participant joins it in the UI on a phone.
  const aminaPage = await signedIn(browser, amina, 360);
  await aminaPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Communities' }).click();
  const aminaCard = aminaPage.getByRole('listitem').filter({ has: aminaPage.getByRole('heading', { name }) });
  await expect(aminaCard).toContainText('Anyone can join');
  await aminaCard.getByRole('button', { name: /^Join/ }).click();
  await expect(aminaCard.getByRole('button', { name: /^Leave/ })).toBeVisible();
  await expect(aminaCard).toContainText('2 members');
  expect(await aminaPage.evaluate(noHorizontalScroll)).toBe(true);
  await shot(aminaPage, 'list-360');

  // The manager announces.
  await managerPage.reload();
  await managerPage.getByText('New announcement').click();
  await managerPage.getByLabel('Title').fill('Trade fair in Nairobi');
  await managerPage.getByLabel('Text').fill('Stands are free for members.\nWrite to us before 1 May.');
  await managerPage.getByRole('button', { name: 'Publish the announcement' }).click();
  await expect(managerPage.getByRole('article', { name: 'Trade fair in Nairobi' })).toBeVisible();

  // A third member comments through the API.
  const ritaToken = await apiToken(request, rita);
  await apiCall(request, 'POST', `/api/communities/${communityId}/join`, { token: ritaToken });
  const posts = await apiCall<{ items: { id: string }[] }>(request, 'GET', `/api/communities/${communityId}/posts`, { token: ritaToken });
  await apiCall(request, 'POST', `/api/posts/${posts.items[0].id}/comments`, { token: ritaToken, data: { body: 'Buy cheap followers at my site!' } });

  // The participant reads, comments and reports Rita's comment.
  await aminaCard.getByRole('link', { name }).click();
  // She sees the event, without the moderator's tools.
  const aminaEvents = aminaPage.getByRole('region', { name: 'Events' });
  await expect(aminaEvents.getByRole('link', { name: eventTitle })).toHaveAttribute('href', `/activities/${event.id}`);
  await expect(aminaEvents.getByLabel('Catalogue activity')).toHaveCount(0);
  const announcement = aminaPage.getByRole('article', { name: 'Trade fair in Nairobi' });
  await expect(announcement).toContainText('Buy cheap followers at my site!');
  await announcement.getByLabel('Your comment').fill('I will be there with my baskets.');
  await announcement.getByRole('button', { name: /^Comment/ }).click();
  await expect(announcement).toContainText('I will be there with my baskets.');
  await announcement.getByRole('listitem').filter({ hasText: 'Buy cheap followers' }).getByRole('button', { name: /^Report/ }).click();
  await announcement.getByLabel('Why are you reporting this?').fill('Spam advertising');
  await announcement.getByRole('button', { name: 'Send the report' }).click();
  await expect(announcement.getByText('Reported', { exact: true })).toBeVisible();
  expect(await aminaPage.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(aminaPage)).toEqual([]);
  await shot(aminaPage, 'member-360');
  await aminaPage.getByRole('switch', { name: 'E-mail me a digest of announcements' }).check();
  await aminaPage.reload();
  await expect(aminaPage.getByRole('switch', { name: 'E-mail me a digest of announcements' })).toBeChecked();
  // Reporting the same comment again is said to be done already.
  const again = aminaPage.getByRole('article', { name: 'Trade fair in Nairobi' }).getByRole('listitem').filter({ hasText: 'Buy cheap followers' });
  await again.getByRole('button', { name: /^Report/ }).click();
  await again.getByLabel('Why are you reporting this?').fill('Still spam');
  await again.getByRole('button', { name: 'Send the report' }).click();
  await expect(again.getByText('Reported (you had already reported it)')).toBeVisible();

  // The manager sees the report and hides the comment from there.
  await managerPage.reload();
  const reports = managerPage.getByRole('region', { name: 'Abuse reports' });
  await expect(reports).toContainText('Spam advertising');
  await reports.getByRole('button', { name: /^Hide/ }).click();
  await reports.getByLabel(/Why hide it/).fill('Advertising is not allowed');
  await reports.getByRole('button', { name: 'Hide it' }).click();
  const managed = managerPage.getByRole('article', { name: 'Trade fair in Nairobi' });
  await expect(managed).toContainText('Hidden: Advertising is not allowed');
  await reports.getByRole('button', { name: /^Resolve/ }).click();
  await expect(reports).toContainText('No open reports.');
  const members = managerPage.getByRole('region', { name: 'Members' });
  await expect(members).toContainText(amina.displayName);
  expect(await seriousViolations(managerPage)).toEqual([]);
  await shot(managerPage, 'moderator-1280');
  await managerPage.setViewportSize({ width: 360, height: 800 });
  expect(await managerPage.evaluate(noHorizontalScroll)).toBe(true);
  await shot(managerPage, 'moderator-360');

  // Members no longer see it.
  await aminaPage.reload();
  await expect(aminaPage.getByRole('article', { name: 'Trade fair in Nairobi' })).not.toContainText('Buy cheap followers');
  await aminaPage.setViewportSize({ width: 1280, height: 800 });
  await aminaPage.goto('/communities');
  await expect(aminaPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(aminaPage.getByText('Loading…')).toHaveCount(0);
  await shot(aminaPage, 'list-1280');
});
