import { expect, test } from '@playwright/test';
import { openLogin, signIn, texts } from './support';

interface PermissionGrants {
  groups: { permissions: { name: string; isGranted: boolean }[] }[];
}

test('an HR officer creates a user in the own zone and deletes it again', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const userName = `e2e-${Date.now().toString(36)}`;

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'dalian-hr');
  await page.getByTestId('main-menu').getByText(zh['Menu:Users']).click();
  await expect(page.getByTestId('user-table').locator('tr[data-user-name="dalian-hr"]')).toBeVisible();

  await page.getByTestId('user-create').click();
  await page.locator('#user-name').fill(userName);
  await page.locator('#user-display-name').fill('测试用户');
  await page.locator('#user-password').fill('1q2w3E*e2e');
  await page.getByRole('button', { name: zh['Common:Save'] }).click();

  const row = page.getByTestId('user-table').locator(`tr[data-user-name="${userName}"]`);
  await expect(row).toContainText('测试用户');
  await expect(row).toContainText('dalian');

  await row.getByRole('button', { name: zh['Common:Delete'] }).click();
  await page.locator('.ant-popover').getByRole('button', { name: /OK|确定/ }).click();
  await expect(row).toHaveCount(0);
});

test("the platform admin opens the HR officer role's permission grants", async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'admin');
  await page.getByTestId('main-menu').getByText(zh['Menu:Roles']).click();

  const grants = (await (
    await page.request.get('/api/app/permissions', { params: { providerName: 'R', providerKey: 'hr-officer' } })
  ).json()) as PermissionGrants;
  const permissions = grants.groups.flatMap(group => group.permissions);
  expect(permissions.length).toBeGreaterThan(0);

  await page.getByTestId('role-table').locator('tr[data-role="hr-officer"]')
    .getByRole('button', { name: zh['Roles:Permissions'] }).click();
  const dialog = page.locator('.ant-modal');
  await expect(dialog).toContainText(zh['Role:hr-officer']);

  // Every tab lists its permissions checked exactly as the server says (once the grants have loaded: one tab per group).
  await expect(dialog.locator('.ant-tabs-tab')).toHaveCount(grants.groups.length);
  for (const tab of await dialog.locator('.ant-tabs-tab').all()) {
    await tab.click();
  }
  for (const permission of permissions) {
    const checkbox = dialog.locator(`[data-permission="${permission.name}"]`);
    await expect(checkbox).toHaveCount(1);
    await expect(checkbox.locator('input')).toBeChecked({ checked: permission.isGranted });
  }
  await dialog.getByRole('button', { name: zh['Common:Cancel'] }).click();
  await expect(dialog).toBeHidden();
});
