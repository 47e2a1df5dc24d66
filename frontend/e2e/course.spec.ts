import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { aParticipant, aPublishedActivity, apiCall, apiToken, expect, newAccount, noHorizontalScroll, screenshot, seriousViolations, signIn, test } from './fixtures';

const shotsDir = '/tmp/shots';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** At 1280 and 360 px, into the run's artifacts and /tmp/shots, checking nothing scrolls sideways on a phone. */
async function shots(page: Page, name: string) {
  mkdirSync(shotsDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, name);
  await page.screenshot({ path: `${shotsDir}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(noHorizontalScroll), `${name} scrolls sideways at 360 px`).toBe(true);
  await page.screenshot({ path: `${shotsDir}/${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 780 });
  expect(await page.evaluate(noHorizontalScroll), `${name} scrolls sideways at 320 px`).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a trainer builds a course with a video and a PDF; a participant follows it to 100%', async ({ page, browser, request, admin }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const token = await apiToken(request, admin);
  const title = `E2E online course ${suffix}`;
  const activity = await aPublishedActivity(request, token, {
    title, startDate: day(-3), endDate: day(10), capacity: 25, delivery: 'IN_PERSON', countryCode: 'KE', city: 'Nairobi', timeZone: 'UTC',
  });
  const amina = await aParticipant(request, 'amina');
  await apiCall(request, 'POST', `/api/activities/${activity.id}/enrolments/direct`, { token, data: { email: amina.email } });
  const trainer = newAccount('trainer');
  const account = await apiCall<{ id: string }>(request, 'POST', '/api/users', {
    token,
    data: { email: trainer.email, password: trainer.password, displayName: trainer.displayName, roles: ['TRAINER'], locale: 'en' },
  });
  await apiCall(request, 'PUT', `/api/activities/${activity.id}/trainers`, { token, data: { trainerIds: [account.id] } });

  // The trainer builds the course on her activity's page.
  await signIn(page, trainer);
  await page.goto(`/teaching/${activity.id}`);
  const editor = page.getByRole('region', { name: 'Course material' });
  await expect(editor.getByText('No modules yet.')).toBeVisible();
  await editor.getByLabel('Module title').fill('Selling online');
  await editor.getByRole('button', { name: 'Add module' }).click();
  await expect(editor.getByRole('heading', { name: '1. Selling online' })).toBeVisible();

  await editor.getByRole('button', { name: 'Add a lesson to Selling online' }).click();
  await editor.getByRole('button', { name: 'Add lesson' }).click();
  await expect(editor.getByText('This field is required.')).toBeVisible();
  await editor.getByLabel('Lesson title').fill('Pricing your products');
  await editor.getByLabel('Text').fill('## Why it matters\n\nSet a **fair** price.\n\n- cost\n- margin\n\n<script>alert(1)</script>');
  await editor.getByLabel('Video address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await editor.getByLabel('Required to complete the course').check();
  await editor.getByRole('button', { name: 'Add lesson' }).click();
  await expect(editor.getByRole('heading', { name: /Pricing your products/ })).toBeVisible();

  await editor.getByRole('button', { name: 'Add a lesson to Selling online' }).click();
  await editor.getByLabel('Lesson title').fill('Shipping abroad');
  await editor.getByLabel('Text').fill('Read [the guide](https://example.org/shipping).');
  await editor.getByRole('button', { name: 'Add lesson' }).click();
  await expect(editor.getByRole('heading', { name: 'Shipping abroad' })).toBeVisible();

  const upload = editor.getByRole('form', { name: 'Attach a file to Pricing your products' });
  await upload.getByLabel('File').setInputFiles({ name: 'prices.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  await upload.getByRole('button', { name: 'Attach file' }).click();
  await expect(editor.getByText(/^prices\.pdf \(/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, 'course-editor');

  // The participant finds the course on the activity page and follows it.
  const context = await browser.newContext();
  const learner = await context.newPage();
  // The player's own page is not under test, and the tests reach no third party.
  await learner.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Player</title></html>' }),
  );
  await signIn(learner, amina);
  await learner.goto('/my-learning');
  await expect(learner.getByRole('link', { name: /^Course/ })).toBeVisible();
  await learner.goto(`/activities/${activity.id}`);
  await learner.getByRole('link', { name: /^Course/ }).click();
  await expect(learner.getByRole('heading', { level: 1, name: `Course: ${title}` })).toBeVisible();
  await expect(learner.getByText('Your progress: 0% (0 of 2 lessons done)')).toBeVisible();
  await expect(learner.getByTitle('Video: Pricing your products')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  await expect(learner.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
  await expect(learner.getByText('<script>alert(1)</script>')).toBeVisible();
  await expect(learner.getByRole('link', { name: 'the guide' })).toHaveAttribute('href', 'https://example.org/shipping');

  const downloading = learner.waitForEvent('download');
  await learner.getByRole('button', { name: /Download prices\.pdf/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('prices.pdf');

  await learner.getByRole('button', { name: /^Mark as done\s*: Pricing your products$/ }).click();
  await expect(learner.getByText('Your progress: 50% (1 of 2 lessons done)')).toBeVisible();
  await learner.getByRole('button', { name: /^Mark as done\s*: Shipping abroad$/ }).click();
  await expect(learner.getByText('Your progress: 100% (2 of 2 lessons done)')).toBeVisible();
  await expect(learner.getByRole('button', { name: /^Mark as done\s*: Shipping abroad$/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(learner, { iframes: false })).toEqual([]);
  await shots(learner, 'course-learn');
  await context.close();
});
