import type { Page } from '@playwright/test';
import { aParticipant, aStaffMember, expect, noHorizontalScroll, seriousViolations, signIn, signOut, test } from './fixtures';

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/directory-${name}.png`, fullPage: true });

/** The page at phone and desktop widths: no sideways scrolling on the phone, no serious accessibility problem, a screenshot of each. */
async function atBothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, `${name}-1280`);
  expect(await seriousViolations(page)).toEqual([]);
}

test('an alumna publishes her business, another finds it and gets in touch, and she replies', async ({ page, request, admin }) => {
  const suffix = Date.now().toString(36);
  const businessName = `Amani Crafts ${suffix}`;
  const amani = await aParticipant(request, 'amani', { gender: 'FEMALE', countryCode: 'KE' });
  const lina = await aParticipant(request, 'lina', { gender: 'FEMALE', countryCode: 'CO' });

  // Amani writes her listing on her phone.
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, amani);
  await page.getByRole('link', { name: 'Network', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network' })).toBeVisible();
  await page.getByRole('link', { name: 'My business listing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My business listing' })).toBeVisible();
  const form = page.getByRole('form', { name: 'My business listing' });
  const publish = form.getByRole('switch', { name: 'Publish my business in the network directory' });
  await expect(publish).not.toBeChecked();
  await form.getByLabel('Business name').fill(businessName);
  await form.getByLabel('Sector', { exact: true }).fill('Handicrafts');
  await form.getByRole('checkbox', { name: 'English' }).check();
  await form.getByRole('checkbox', { name: 'Swahili' }).check();
  await form.getByRole('checkbox', { name: 'My business is women-led' }).check();
  await form.getByLabel('What your business offers').fill('Hand-woven sisal baskets, 500 a month.');
  await form.getByRole('checkbox', { name: 'Export markets' }).check();
  await form.getByRole('checkbox', { name: 'Partners' }).check();
  await form.getByRole('textbox', { name: 'Website' }).fill('https://amani.example');
  await form.getByLabel('Marketplaces you sell on').fill('Jumia, Etsy');
  await form.getByLabel('Contact e-mail address').fill('hidden-amani@e2e.example.org');
  await form.getByRole('group', { name: 'Show in the directory' }).getByRole('checkbox', { name: 'Website' }).check();
  await form.getByRole('group', { name: 'Show in the directory' }).getByRole('checkbox', { name: 'Marketplaces' }).check();
  await publish.check();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await shot(page, 'listing-filled-360');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Your business is in the network directory.' })).toBeVisible();
  // A 1×1 PNG as her logo; the directory serves it to anyone while the listing is published.
  const onePixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Add a logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: onePixel });
  await expect(page.getByRole('img', { name: `Logo of ${businessName}` })).toBeVisible();
  await atBothWidths(page, 'listing');
  await signOut(page);

  // Lina finds it and writes.
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, lina);
  await page.goto('/network');
  await page.getByRole('searchbox', { name: 'Search' }).fill(suffix);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Women-led businesses only' }).check();
  await page.getByLabel('Looking for').selectOption('EXPORT_MARKETS');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/womenLed=true/);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: businessName }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Women-led');
  await expect(card).toContainText('Kenya');
  await expect(card.locator('img.directory-card__logo')).toHaveJSProperty('naturalWidth', 1);
  await expect(card).toContainText('Swahili');
  await expect(card.getByRole('link', { name: 'amani.example' })).toBeVisible();
  await expect(card).toContainText('Jumia, Etsy');
  await expect(card).not.toContainText('hidden-amani@e2e.example.org');
  await card.getByRole('button', { name: /^Get in touch/ }).click();
  await card.getByLabel('Your message').fill('Hello Amani, I import baskets to Colombia. Could we talk?');
  await atBothWidths(page, 'network');
  await card.getByRole('button', { name: 'Send' }).click();
  await expect(card.getByText('Sent. Your address stays hidden until they reply.')).toBeVisible();
  await page.goto('/network/requests');
  await expect(page.getByRole('listitem').filter({ hasText: `To ${businessName}` })).toContainText('No reply yet.');
  await signOut(page);

  // Amani reads it and replies; Lina's address then shows.
  await signIn(page, amani);
  await page.goto('/network/requests');
  const received = page.getByRole('listitem').filter({ hasText: 'I import baskets to Colombia' });
  await expect(received.getByRole('heading')).toHaveText(`From ${lina.displayName} (Colombia)`);
  await received.getByLabel('Your reply').fill('Gladly, Lina. Write to me and we will set a call.');
  await atBothWidths(page, 'requests');
  await received.getByRole('button', { name: 'Send reply' }).click();
  await expect(received.getByRole('link', { name: lina.email })).toBeVisible();
  await expect(received).toContainText('Gladly, Lina.');
  await shot(page, 'requests-replied-1280');
  await signOut(page);

  // A manager sees the network in figures; participants do not.
  const manager = await aStaffMember(request, admin, 'netmanager', ['MANAGER']);
  await signIn(page, manager);
  await page.goto('/network');
  const figures = page.getByRole('region', { name: 'Network in figures' });
  await expect(figures.getByRole('table', { name: 'By country' })).toContainText('Kenya');
  await expect(figures.getByRole('button', { name: 'Copy the sentence' })).toBeVisible();
  await atBothWidths(page, 'figures');
});
