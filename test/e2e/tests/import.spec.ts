import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../artifacts';
import { openLogin, signIn, texts } from './support';
import { xlsx } from './xlsx';

interface ImportResult { dryRun: boolean; totalRows: number; importedRows: number; errors: { row: number; column: string; message: string }[] }

const PERSON_HEADERS = ['姓名', '性别', '出生日期', '身份证号', '学历', '毕业院校', '专业', '专业技术职称', '联系电话', '身份封存'];

test('an HR officer downloads the template, and a dry run of a bad file lists every row error and imports nothing', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const run = Date.now().toString(36).slice(-5);
  const badName = `导入测试${run}`;

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'dalian-hr');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByTestId('main-menu').getByText(zh['Import:Menu']).click();
  await expect(page).toHaveURL(/\/organization\/import$/);
  await page.getByTestId('import-resource').locator('[data-resource="persons"]').click();

  // The template arrives as an .xlsx download.
  const download = page.waitForEvent('download');
  await page.getByTestId('import-template').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // Row 2 has no name, row 3 a malformed ID number.
  await page.getByTestId('import-file').setInputFiles({
    name: 'persons-bad.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx([
      PERSON_HEADERS,
      ['', '男', '1990-01-01', '210203199001010011', '本科', '', '', '', '', ''],
      [badName, '女', '1991-02-03', '123', '硕士', '', '', '', '', ''],
    ]),
  });
  await expect(page.getByText('persons-bad.xlsx')).toBeVisible();
  const answer = page.waitForResponse(response => response.url().includes('/api/app/persons/import') && response.request().method() === 'POST');
  await page.getByTestId('import-check').click();
  const response = await answer;
  expect(new URL(response.url()).searchParams.get('dryRun')).toBe('true');
  const result = (await response.json()) as ImportResult;
  expect(result).toMatchObject({ dryRun: true, totalRows: 2, importedRows: 0 });
  expect(result.errors.map(error => [error.row, error.column])).toEqual(expect.arrayContaining([[2, '姓名'], [3, '身份证号']]));

  // The page shows each error as the server reported it, and offers no import.
  await expect(page.getByTestId('import-result')).toContainText(
    zh['Import:HasErrors'].replace('{0}', String(result.errors.length)).replace('{1}', '2'));
  const rows = page.getByTestId('import-errors').locator('tbody tr');
  await expect(rows).toHaveCount(result.errors.length);
  for (const [index, error] of result.errors.entries()) {
    await expect(rows.nth(index).locator('td')).toHaveText([String(error.row), error.column, error.message]);
  }
  await expect(page.getByTestId('import-run')).toBeDisabled();

  // Nothing was imported, not even the row that had a name.
  const found = await page.request.get('/api/app/persons', { params: { filter: badName } });
  expect(((await found.json()) as { totalCount: number }).totalCount).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'import-errors.png'), fullPage: true });
});
