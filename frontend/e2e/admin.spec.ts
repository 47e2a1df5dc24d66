import { expect, newAccount, screenshot, signIn, signOut, test } from './fixtures';

test('the administrator creates a trainer account, finds it, and the trainer signs in', async ({ page, admin }) => {
  const tina = newAccount('trainer');

  await signIn(page, admin);
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await screenshot(page, 'admin-users');

  await page.getByRole('link', { name: 'Create a staff account' }).click();
  await page.getByLabel('Name', { exact: true }).fill(tina.displayName);
  await page.getByLabel('E-mail address').fill(tina.email);
  await page.getByLabel('First password').fill(tina.password);
  await page.getByLabel('Trainer').check();
  await page.getByLabel('Language of the account').selectOption('fr');
  await screenshot(page, 'admin-new-user');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Account created for ${tina.email}.` })).toBeVisible();

  // Find her with the search form, from the unfiltered list.
  await page.goto('/admin/users');
  await page.getByLabel('Name or e-mail').fill(tina.email);
  await page.getByLabel('Role', { exact: true }).selectOption('TRAINER');
  await page.getByRole('button', { name: 'Search' }).click();
  const card = page.getByRole('article', { name: tina.displayName });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Trainer');
  await expect(card).toContainText('Active');
  await expect(page.getByText('Users found: 1')).toBeVisible();
  await screenshot(page, 'admin-users-found');

  await signOut(page);
  await signIn(page, tina);
  // Her account was created in French, so the campus now speaks French to her.
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Mon profil' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Administration' })).toHaveCount(0);
});

test('the administrator changes roles and disables an account, which then cannot sign in', async ({ page, admin }) => {
  const participant = newAccount('disabled');
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(participant.displayName);
  await page.getByLabel('E-mail address').fill(participant.email);
  await page.getByLabel('Password', { exact: true }).fill(participant.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await signOut(page);

  await signIn(page, admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(participant.email)}`);
  const card = page.getByRole('article', { name: participant.displayName });
  await card.getByRole('button', { name: /Change roles/ }).click();
  await card.getByLabel('Programme manager').check();
  await card.getByRole('button', { name: 'Save roles' }).click();
  await expect(card).toContainText('Participant, Programme manager');

  await card.getByRole('button', { name: /^Disable/ }).click();
  await expect(card).toContainText('Disabled');
  await expect(card.getByRole('button', { name: /^Enable/ })).toBeVisible();
  await signOut(page);

  await page.getByLabel('E-mail address').fill(participant.email);
  await page.getByLabel('Password', { exact: true }).fill(participant.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('This account has been disabled.');
});
