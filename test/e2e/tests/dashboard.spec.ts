import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../artifacts';
import { expectNoSeriousA11yViolations } from './a11y';
import { currentUser, openLogin, signIn, texts } from './support';

interface Dashboard {
  userCount: number;
  zoneCount: number;
  usersByRole: { roleName: string; count: number }[];
}

test('an HR officer signs in in Chinese, sees the zone dashboard, switches to English and signs out', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const en = await texts(page, 'en');

  await openLogin(page, 'zh-Hans');
  await expect(page.getByTestId('login-submit')).toHaveText(zh['Login:Submit']);
  await signIn(page, 'dalian-hr');

  await expect(page).toHaveURL(/\/$/);
  const me = await currentUser(page);
  expect(me.isAuthenticated).toBe(true);
  expect(me.zone?.code).toBe('dalian');

  // The zone, the user and the real numbers the API reports.
  await expect(page.getByTestId('dashboard-title')).toHaveText(me.zone!.nameZh);
  await expect(page.getByTestId('current-zone')).toHaveText(me.zone!.nameZh);
  await expect(page.getByTestId('current-user')).toContainText(me.name ?? me.userName!);
  const dashboard = (await (await page.request.get('/api/app/dashboard')).json()) as Dashboard;
  expect(dashboard.userCount).toBeGreaterThan(0);
  await expect(page.getByTestId('stat-users').locator('.ant-statistic-content-value')).toHaveText(String(dashboard.userCount));
  await expect(page.getByTestId('stat-roles').locator('.ant-statistic-content-value')).toHaveText(
    String(dashboard.usersByRole.length),
  );
  await expect(page.getByTestId('main-menu')).toContainText(zh['Menu:Home']);
  await expect(page.getByTestId('main-menu')).not.toContainText(zh['Menu:Zones']);
  await expect(page.getByTestId('users-by-role-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('users-by-role-chart')).toHaveAttribute('data-rendered', 'true');
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'the dashboard with the signed-in shell');

  // English: menu, header and zone name follow the switch.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('main-menu')).toContainText(en['Menu:Home']);
  await expect(page.getByTestId('dashboard-title')).toHaveText(me.zone!.nameEn);
  await expect(page.getByTestId('sign-out')).toContainText(en['Layout:SignOut']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-submit')).toHaveText(en['Login:Submit']);
  expect((await currentUser(page)).isAuthenticated).toBe(false);
});
