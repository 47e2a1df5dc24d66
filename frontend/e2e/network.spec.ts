import type { Browser } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, aStaffMember, expect, noHorizontalScroll, signIn, test, type Account } from './fixtures';

/** Each person in her own browser context, so their sessions do not mix. */
async function signedIn(browser: Browser, account: Account, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test('an alumna joins her community, publishes her business, and another member finds it and writes to her', async ({ browser, request, admin }) => {
  const manager = await aStaffMember(request, admin, 'network-manager', ['MANAGER']);
  const managerToken = await apiToken(request, manager);
  const suffix = Date.now().toString(36);
  const community = await apiCall<{ id: string }>(request, 'POST', '/api/communities', {
    token: managerToken,
    data: { name: `South Asia network ${suffix}`, description: 'Women digital entrepreneurs of South Asia.', regionCode: '034', joinPolicy: 'APPROVAL' },
  });
  // Priya completes a masterclass: the platform invites her to her region's community.
  const priya = await aParticipant(request, 'priya', { gender: 'FEMALE', countryCode: 'NP' });
  const masterclass = await aPublishedActivity(request, managerToken, {
    title: `Masterclass Kathmandu ${suffix}`, startDate: '2027-03-02', endDate: '2027-03-06', capacity: 30, type: 'MASTERCLASS',
  });
  const seat = await apiCall<{ id: string }>(request, 'POST', `/api/activities/${masterclass.id}/enrolments`, { token: await apiToken(request, priya) });
  await apiCall(request, 'PUT', `/api/enrolments/${seat.id}/completion`, { token: managerToken, data: { completed: true, reason: 'Action plan presented' } });
  // Sita is already a member.
  const sita = await aParticipant(request, 'sita', { gender: 'FEMALE', countryCode: 'BD' });
  const sitaToken = await apiToken(request, sita);
  await apiCall(request, 'POST', `/api/communities/${community.id}/join`, { token: sitaToken });
  const pending = await apiCall<{ userId: string }[]>(request, 'GET', `/api/communities/${community.id}/members?status=PENDING`, { token: managerToken });
  for (const member of pending) {
    await apiCall(request, 'PUT', `/api/communities/${community.id}/members/${member.userId}`, { token: managerToken, data: { status: 'ACTIVE' } });
  }

  // On her phone, Priya accepts the invitation (no approval needed) and publishes her business.
  const page = await signedIn(browser, priya, 360);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Communities' }).click();
  await expect(page.getByText(`You are invited to South Asia network ${suffix}.`)).toBeVisible();
  await page.getByRole('button', { name: /^Accept invitation/ }).first().click();
  await page.getByRole('link', { name: `South Asia network ${suffix}` }).first().click();
  await expect(page.getByText('E-mail me a digest of announcements')).toBeVisible();
  const businessName = `Himalaya Teas ${suffix}`;
  await page.goto('/network/listing');
  const form = page.getByRole('form');
  await form.getByLabel('Business name').fill(businessName);
  await form.getByLabel(/^Sector/).fill('Food');
  await form.getByRole('switch', { name: 'Publish my business in the network directory' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Your business is in the network directory.' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);

  // Sita finds it and writes; Priya's address and Sita's stay private.
  const sitaPage = await signedIn(browser, sita, 1280);
  await sitaPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
  await sitaPage.getByRole('searchbox', { name: 'Search' }).fill(businessName);
  await sitaPage.getByRole('search').getByRole('button', { name: 'Search' }).click();
  const card = sitaPage.getByRole('listitem').filter({ has: sitaPage.getByRole('heading', { name: businessName }) });
  await expect(card).toContainText('Nepal');
  await card.getByRole('button', { name: /Get in touch/ }).click();
  await card.getByLabel('Your message').fill('Could your teas travel to Dhaka? I run a café chain.');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(card.getByText('Sent. Your address stays hidden until they reply.')).toBeVisible();

  await page.goto('/network/requests');
  await expect(page.getByText('Could your teas travel to Dhaka? I run a café chain.')).toBeVisible();
  await expect(page.getByText(sita.email)).toHaveCount(0);
});
