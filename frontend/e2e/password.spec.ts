import { expect, newAccount, screenshot, signIn, signOut, signUp, test } from './fixtures';

const noHorizontalScroll = () => document.documentElement.scrollWidth <= window.innerWidth;

test('a participant changes her password, then only the new one lets her in', async ({ page }) => {
  const amina = newAccount('password');
  const newPassword = `new-${amina.password}`;
  await signUp(page, amina);

  const section = page.getByRole('region', { name: 'Change your password' });
  await section.getByLabel('Current password').fill(amina.password);
  await section.getByLabel('New password').fill(newPassword);
  await section.getByRole('button', { name: 'Change password' }).click();

  await expect(section.getByRole('status')).toContainText(
    'Your password has been changed. You are still signed in here; other devices have been signed out.',
  );
  await expect(section.getByLabel('Current password')).toHaveValue('');
  await expect(section.getByLabel('New password')).toHaveValue('');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'password-changed');

  // This session survived the change.
  await page.reload();
  await expect(page.getByText(`Signed in as ${amina.displayName} (${amina.email})`)).toBeVisible();
  await signOut(page);

  await page.getByLabel('E-mail address').fill(amina.email);
  await page.getByLabel('Password', { exact: true }).fill(amina.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail address or the password is not correct.');

  await signIn(page, { email: amina.email, password: newPassword });
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
});

test('a wrong current password is pointed out next to it, also on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signUp(page, newAccount('wrongpw'));

  const section = page.getByRole('region', { name: 'Change your password' });
  await section.getByLabel('Current password').fill('not-my-password');
  await section.getByLabel('New password').fill('another long passphrase');
  await section.getByRole('button', { name: 'Change password' }).click();

  const current = section.getByLabel('Current password');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toHaveAccessibleDescription('This is not your current password.');
  await expect(current).toBeFocused();
  await expect(section.getByRole('alert')).toContainText('Some fields need your attention.');
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await screenshot(page, 'mobile-password-wrong');
});
