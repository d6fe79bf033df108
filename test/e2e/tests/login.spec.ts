import { expect, test } from '@playwright/test';
import { currentUser, openLogin, signIn, texts } from './support';

// A user of its own, so that failed attempts never lock out the users of the other tests; the
// final correct sign-in resets the failure count, so the test can run any number of times.
const USER = 'jiangyin-hr';

test('a wrong password shows the Chinese reason given by the server', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');

  await openLogin(page, 'zh-Hans');
  const answer = page.waitForResponse(response => response.url().endsWith('/api/account/login'));
  await signIn(page, USER, 'not-the-password');
  const response = await answer;
  expect(response.status()).toBe(401);
  const problem = (await response.json()) as { detail?: string; title?: string; code?: string };
  expect(problem.code).toBe('TalentReform:01001');

  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveText(zh['TalentReform:01001']);
  expect(problem.detail ?? problem.title).toBe(zh['TalentReform:01001']);
  await expect(page).toHaveURL(/\/login/);
  expect((await currentUser(page)).isAuthenticated).toBe(false);

  await page.locator('#password').fill('');
  await signIn(page, USER);
  await expect(page.getByTestId('current-user')).toBeVisible();
  expect((await currentUser(page)).userName).toBe(USER);
});
