import type { APIRequestContext, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import {
  aParticipant,
  apiCall,
  apiToken,
  expect,
  noHorizontalScroll,
  screenshot,
  seriousViolations,
  signIn,
  signOut,
  test,
  type Account,
} from './fixtures';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Created = { id: string; title: string };

/**
 * A published one-seat masterclass for women in Kathmandu with one session, set up through the API
 * by the administrator. Its title is unique, so a search finds it and nothing else.
 */
async function aMasterclassForWomen(request: APIRequestContext, admin: Account): Promise<Created> {
  const token = await apiToken(request, admin);
  const suffix = randomBytes(4).toString('hex');
  const programme = await apiCall<{ id: string }>(request, 'POST', '/api/programmes', {
    token,
    data: { name: `eTrade for Women ${suffix}`, description: 'Masterclasses for women digital entrepreneurs.', startDate: day(0), endDate: day(365) },
  });
  const title = `Masterclass South Asia ${suffix}`;
  const startDate = day(30);
  const activity = await apiCall<{ id: string; status: string }>(request, 'POST', '/api/activities', {
    token,
    data: {
      programmeId: programme.id,
      type: 'MASTERCLASS',
      title,
      description: 'Three days on selling online across borders: payments, logistics and marketplaces.',
      delivery: 'IN_PERSON',
      language: 'en',
      countryCode: 'NP',
      city: 'Kathmandu',
      regionCode: '034',
      startDate,
      endDate: day(32),
      timeZone: 'Asia/Kathmandu',
      capacity: 1,
      enrolmentPolicy: 'OPEN',
      enrolmentOpensAt: null,
      enrolmentClosesAt: null,
      eligibility: { genders: ['FEMALE'], countryCodes: [], regionCodes: [], countryGroups: [], womenLedOnly: false, womenOwnedOnly: false },
      tags: ['SDG 5'],
    },
  });
  const published = await apiCall<{ status: string }>(request, 'POST', `/api/activities/${activity.id}/publish`, { token });
  expect(published.status).toBe('PUBLISHED');
  await apiCall(request, 'POST', `/api/activities/${activity.id}/sessions`, {
    token,
    data: {
      title: 'Opening: selling across borders',
      startsAt: `${startDate}T03:15:00Z`,
      endsAt: `${startDate}T06:15:00Z`,
      location: 'Hotel Annapurna, Durbar Marg, Kathmandu',
    },
  });
  return { id: activity.id, title };
}

async function openFromCatalogue(page: Page, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await page.getByLabel('Search by title or topic').fill(title);
  await page.getByRole('button', { name: 'Show activities' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 activity' })).toBeVisible();
  await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Enrolment' });

test('participants enrol, join the waitlist, are told why they cannot, and a freed seat goes to the first in line', async ({ page, request, admin }) => {
  const activity = await aMasterclassForWomen(request, admin);
  const amina = await aParticipant(request, 'amina', { gender: 'FEMALE', countryCode: 'NP' });
  const binita = await aParticipant(request, 'binita', { gender: 'FEMALE', countryCode: 'NP' });
  const chandra = await aParticipant(request, 'chandra', { gender: 'MALE', countryCode: 'NP' });

  // Amina finds it from the home page before signing in, and signs in from the activity.
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Browse the catalogue' }).click();
  await page.getByLabel('Search by title or topic').fill(activity.title);
  await page.getByRole('button', { name: 'Show activities' }).click();
  const card = page.getByRole('article', { name: activity.title });
  await expect(card).toContainText('Masterclass · In person');
  await expect(card).toContainText('Kathmandu, Nepal');
  await expect(card).toContainText('1 seat left');
  await expect(card).toContainText('Enrolment open');
  await expect(page).toHaveURL(/\/catalogue\?q=Masterclass\+South\+Asia\+/);
  await screenshot(page, 'catalogue');
  await card.getByRole('link', { name: activity.title }).click();
  await expect(page.getByText('For women entrepreneurs.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Opening: selling across borders' })).toBeVisible();
  await expect(page.getByText(/Local time there: .*GMT\+5:45/)).toBeVisible();
  await panel(page).getByRole('link', { name: 'Sign in to enrol' }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?redirectTo=%2Factivities%2F${activity.id}$`));
  await page.getByLabel('E-mail address').fill(amina.email);
  await page.getByLabel('Password', { exact: true }).fill(amina.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: activity.title })).toBeVisible();
  await panel(page).getByRole('button', { name: 'Enrol' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('You are enrolled.');
  await expect(panel(page).getByRole('button', { name: /^Withdraw/ })).toBeVisible();
  await screenshot(page, 'activity-enrolled');
  await signOut(page);

  // Binita comes second: the only seat is taken, so she joins the waitlist.
  await signIn(page, binita);
  await openFromCatalogue(page, activity.title);
  await expect(page.getByText('Full — waitlist open')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('You are on the waitlist, position 1.');
  await signOut(page);

  // Chandra is not a woman: he is told so, and cannot enrol.
  await signIn(page, chandra);
  await page.goto(`/activities/${activity.id}`);
  const notEligible = panel(page).getByRole('button', { name: 'Not eligible' });
  await expect(notEligible).toBeDisabled();
  await expect(notEligible).toHaveAccessibleDescription(/This activity is for participants of another gender\./);
  await screenshot(page, 'activity-not-eligible');
  await signOut(page);

  // Amina gives up her seat from My learning...
  await signIn(page, amina);
  await page.getByRole('navigation').getByRole('link', { name: 'My learning' }).click();
  const mine = page.getByRole('article', { name: activity.title });
  await expect(mine).toContainText('Enrolled');
  await screenshot(page, 'my-learning');
  await mine.getByRole('button', { name: /^Withdraw/ }).click();
  await expect(mine.getByText(/Your seat will go to the next person on the waitlist\./)).toBeFocused();
  await mine.getByRole('button', { name: 'Yes, withdraw' }).click();
  await expect(page.getByRole('status').filter({ hasText: `You have withdrawn from “${activity.title}”.` })).toBeVisible();
  await expect(mine).toContainText('Withdrawn');
  await signOut(page);

  // ...and it goes to Binita, first in line.
  await signIn(page, binita);
  await page.goto('/my-learning');
  await page.reload();
  await expect(page.getByRole('article', { name: activity.title })).toContainText('Enrolled');
  await expect(page.getByRole('article', { name: activity.title })).not.toContainText('waitlist');
});

test('the catalogue, an activity and my learning fit a 320 px phone and have no serious accessibility violations', async ({ page, request, admin }) => {
  const activity = await aMasterclassForWomen(request, admin);
  const dilmaya = await aParticipant(request, 'dilmaya', { gender: 'FEMALE' });
  await page.setViewportSize({ width: 320, height: 640 });

  await page.goto(`/catalogue?q=${encodeURIComponent(activity.title)}`);
  await expect(page.getByRole('article', { name: activity.title })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-catalogue');
  await page.getByText('More filters').click();
  await expect(page.getByLabel('Region')).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(page), 'catalogue').toEqual([]);
  await screenshot(page, 'mobile-catalogue-filters');

  await page.goto(`/activities/${activity.id}`);
  await expect(page.getByRole('heading', { level: 1, name: activity.title })).toBeVisible();
  await expect(page.getByText('For women entrepreneurs.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Opening: selling across borders' })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(page), 'activity').toEqual([]);
  await screenshot(page, 'mobile-activity');

  await signIn(page, dilmaya);
  await page.goto(`/activities/${activity.id}`);
  await panel(page).getByRole('button', { name: 'Enrol' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('You are enrolled.');
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await panel(page).getByRole('button', { name: /^Withdraw/ }).click();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-activity-withdraw');

  await page.goto('/my-learning');
  await expect(page.getByRole('article', { name: activity.title })).toBeVisible();
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  expect(await seriousViolations(page), 'my learning').toEqual([]);
  await screenshot(page, 'mobile-my-learning');
});
