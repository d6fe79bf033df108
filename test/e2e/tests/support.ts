import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = '1q2w3E*';

export interface LocalizationResource {
  culture: string;
  texts: Record<string, string>;
}

export interface CurrentUser {
  isAuthenticated: boolean;
  userName: string | null;
  name: string | null;
  zone: { code: string; nameZh: string; nameEn: string } | null;
  permissions: string[];
}

/** The texts the server serves, so tests assert what a user sees without copying translations. */
export async function texts(page: Page, culture: 'zh-Hans' | 'en'): Promise<Record<string, string>> {
  const response = await page.request.get('/api/app/localization', { params: { culture } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as LocalizationResource).texts;
}

/** Starts on the sign-in page with a chosen UI language (kept in localStorage by the app). */
export async function openLogin(page: Page, culture: 'zh-Hans' | 'en'): Promise<void> {
  await page.addInitScript(value => {
    if (!sessionStorage.getItem('e2e-culture-set')) {
      localStorage.setItem('talent-reform.culture', value);
      sessionStorage.setItem('e2e-culture-set', '1');
    }
  }, culture);
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

export async function signIn(page: Page, userName: string, password = DEMO_PASSWORD): Promise<void> {
  await page.locator('#userName').fill(userName);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Who the browser's session cookie belongs to, asked through the page's own cookies. */
export async function currentUser(page: Page): Promise<CurrentUser> {
  const response = await page.request.get('/api/account/me');
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as CurrentUser;
}
