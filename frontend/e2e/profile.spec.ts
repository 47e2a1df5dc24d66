import { expect, newAccount, screenshot, signIn, signOut, signUp, test } from './fixtures';

test('a participant signs up, signs in, fills her profile and finds it kept after a reload', async ({ page }) => {
  const amina = newAccount('amina');

  await signUp(page, amina);
  await screenshot(page, 'profile-new');
  await signOut(page);
  await signIn(page, amina);
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${amina.displayName} (${amina.email})`)).toBeVisible();

  const country = page.getByLabel('Country');
  await expect(country.locator('option', { hasText: 'Nepal' })).toHaveCount(1);
  await country.selectOption({ label: 'Nepal' });
  await page.getByLabel('Gender').selectOption({ label: 'Female' });
  await page.getByLabel('Business name').fill('Himalayan Threads');
  await page.getByLabel('Sector').fill('Textiles');
  await page.getByLabel('Stage of the business').selectOption({ label: 'Growing' });
  await page.getByLabel('Is the business led by a woman?').selectOption({ label: 'Yes' });
  await page.getByLabel('Is the business owned by women?').selectOption({ label: 'Yes' });
  await page.getByLabel('Number of employees').fill('6');
  await page.getByLabel('Social media').check();
  await page.getByLabel('Online marketplaces').check();
  await page.getByLabel('Do you sell to other countries?').selectOption({ label: 'No' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your profile has been saved.' })).toBeVisible();
  await screenshot(page, 'profile-saved');

  await page.reload();

  await expect(page.getByLabel('Country')).toHaveValue('NP');
  await expect(page.getByLabel('Gender')).toHaveValue('FEMALE');
  await expect(page.getByLabel('Business name')).toHaveValue('Himalayan Threads');
  await expect(page.getByLabel('Sector')).toHaveValue('Textiles');
  await expect(page.getByLabel('Stage of the business')).toHaveValue('GROWTH');
  await expect(page.getByLabel('Is the business led by a woman?')).toHaveValue('true');
  await expect(page.getByLabel('Is the business owned by women?')).toHaveValue('true');
  await expect(page.getByLabel('Number of employees')).toHaveValue('6');
  await expect(page.getByLabel('Social media')).toBeChecked();
  await expect(page.getByLabel('Online marketplaces')).toBeChecked();
  await expect(page.getByLabel('Messaging apps')).not.toBeChecked();
  await expect(page.getByLabel('Do you sell to other countries?')).toHaveValue('false');
});

test('the server’s field errors appear next to the field', async ({ page }) => {
  const taken = newAccount('taken');
  await signUp(page, taken);
  await signOut(page);

  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('E-mail address').fill(taken.email);
  await page.getByLabel('Password', { exact: true }).fill('another long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('alert')).toContainText('An account with this e-mail address already exists.');
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'sign-up-error');
});

test('an expired access token is renewed without her noticing', async ({ page }) => {
  const amina = newAccount('refresh');
  await signUp(page, amina);
  const refreshTokenBefore = await page.evaluate(() => localStorage.getItem('etc.refreshToken'));

  // As if the 15-minute access token had run out while she was away.
  await page.evaluate(() => localStorage.setItem('etc.accessToken', 'expired.token.value'));
  await page.reload();

  await expect(page.getByText(`Signed in as ${amina.displayName} (${amina.email})`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const refreshTokenAfter = await page.evaluate(() => localStorage.getItem('etc.refreshToken'));
  expect(refreshTokenAfter).not.toBeNull();
  expect(refreshTokenAfter).not.toBe(refreshTokenBefore);
});

test('a session that cannot be renewed sends her to sign in, then back where she was', async ({ page }) => {
  const amina = newAccount('expired');
  await signUp(page, amina);

  await page.evaluate(() => {
    localStorage.setItem('etc.accessToken', 'expired.token.value');
    localStorage.setItem('etc.refreshToken', 'revoked-refresh-token');
  });
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fprofile/);
  await page.getByLabel('E-mail address').fill(amina.email);
  await page.getByLabel('Password', { exact: true }).fill(amina.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
});
