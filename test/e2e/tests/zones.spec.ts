import { expect, test } from '@playwright/test';
import { openLogin, signIn, texts } from './support';

test('the platform admin opens zone management and sees the three reference zones', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'admin');
  await expect(page.getByTestId('main-menu')).toBeVisible();

  await page.getByTestId('main-menu').getByText(zh['Menu:Zones']).click();
  await expect(page).toHaveURL(/\/zones$/);

  const table = page.getByTestId('zone-table');
  for (const code of ['dalian', 'chengde', 'jiangyin']) {
    await expect(table.locator(`tr[data-zone-code="${code}"]`)).toBeVisible();
  }
  await expect(table.locator('tr[data-zone-code="dalian"]')).toContainText('大连');
});

test('the platform admin creates, renames and deletes a zone', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const code = `e2e${Date.now().toString(36)}`;

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'admin');
  await page.getByTestId('main-menu').getByText(zh['Menu:Zones']).click();

  await page.getByTestId('zone-create').click();
  await page.locator('#zone-code').fill(code);
  await page.locator('#zone-name-zh').fill('测试高新区');
  await page.locator('#zone-name-en').fill('Test High-tech Zone');
  await page.locator('#zone-province').fill('测试省');
  await page.locator('#zone-founded-on').click();
  await page.locator('.ant-picker-dropdown .ant-picker-today-btn').click();
  await expect(page.locator('#zone-founded-on')).not.toHaveValue('');
  await page.getByRole('button', { name: zh['Common:Save'] }).click();
  const row = page.getByTestId('zone-table').locator(`tr[data-zone-code="${code}"]`);
  await expect(row).toContainText('测试高新区');

  await row.getByRole('button', { name: zh['Common:Edit'] }).click();
  await expect(page.locator('#zone-code')).toBeDisabled();
  await page.locator('#zone-name-en').fill('Renamed Test Zone');
  await page.getByRole('button', { name: zh['Common:Save'] }).click();
  await expect(row).toContainText('Renamed Test Zone');

  await row.getByRole('button', { name: zh['Common:Delete'] }).click();
  await page.locator('.ant-popover').getByRole('button', { name: /OK|确定/ }).click();
  await expect(row).toHaveCount(0);
});
