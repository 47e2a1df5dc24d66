import { expect, newAccount, seriousViolations, signIn, signUp, test } from './fixtures';

test('public pages have no serious accessibility violations', async ({ page }) => {
  for (const [path, heading] of [
    ['/', 'Grow your digital business'],
    ['/catalogue', 'Catalogue'],
    ['/sign-in', 'Sign in'],
    ['/sign-up', 'Create your account'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  // With errors showing, too.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  expect(await seriousViolations(page), 'sign-up with errors').toEqual([]);
});

test('the profile and administration pages have no serious accessibility violations', async ({ page, admin }) => {
  await signUp(page, newAccount('a11y'));
  expect(await seriousViolations(page), 'profile').toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, admin);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(await seriousViolations(page), 'users').toEqual([]);
  await page.goto('/admin/users/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a staff account' })).toBeVisible();
  expect(await seriousViolations(page), 'new user').toEqual([]);
});

test('everything on the sign-up page is reachable with the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const reached: string[] = [];
  for (let i = 0; i < 20 && !reached.includes('BUTTON:Create account'); i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return { name: label ?? element.textContent?.trim() ?? '', tag: element.tagName, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused.tag, 'focus left the page before reaching the submit button').not.toBe('BODY');
    expect(focused.outline, `focus ring on ${focused.tag} ${focused.name}`).not.toBe('none');
    reached.push(`${focused.tag}:${focused.name}`);
  }
  expect(reached).toEqual(
    expect.arrayContaining(['SELECT:Language', 'INPUT:Your name', 'INPUT:E-mail address', 'INPUT:Password', 'BUTTON:Create account']),
  );
});
