import { expect, newAccount, screenshot, signUp, test } from './fixtures';

test('a visitor switches the page to French, then Spanish', async ({ page }) => {
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  const nav = page.getByRole('navigation').first();

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Créez votre compte' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await screenshot(page, 'sign-up-fr');

  await page.getByLabel('Langue').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Cree su cuenta' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Cree su cuenta' })).toBeVisible();
});

test('a signed-in participant’s language is saved on her account, and the country names follow it', async ({ page }) => {
  const amina = newAccount('lang');
  await signUp(page, amina);

  const saved = page.waitForResponse((response) => response.url().endsWith('/api/me/settings') && response.request().method() === 'PUT');
  await page.getByLabel('Language').selectOption('fr');
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  await expect(page.getByLabel('Pays').locator('option', { hasText: 'Allemagne' })).toHaveCount(1);

  const locale = await page.evaluate(async () => {
    const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${localStorage.getItem('etc.accessToken')}` } });
    return ((await response.json()) as { locale: string }).locale;
  });
  expect(locale).toBe('fr');
  await screenshot(page, 'profile-fr');
});
