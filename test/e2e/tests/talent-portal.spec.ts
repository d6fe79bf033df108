import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../artifacts';
import { expectNoSeriousA11yViolations } from './a11y';
import { openLogin, signIn, texts } from './support';

interface Installment { number: number; status: string; paidOn: string | null; voucherNo: string | null }
interface Entitlement { ruleCode: string; name: string; status: string; amount: number; installments: Installment[] }
interface InstallmentPage { totalCount: number; items: { id: string; status: string }[] }

async function signInAs(page: Page, userName: string): Promise<void> {
  await openLogin(page, 'zh-Hans');
  await signIn(page, userName);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** The China calendar date, as the ledger's due-by picker defaults to it. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

test('a recruited talent sees their tier, benefits in every state, why they qualify and what is almost there', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const answers = Promise.all([
    page.waitForResponse(response => response.url().endsWith('/api/app/my/entitlements')),
    page.waitForResponse(response => response.url().endsWith('/api/app/my/profile')),
  ]);
  await signInAs(page, 'dalian-talent');

  // A talent lands on the portal: the zone dashboard (users per role) is not theirs to see.
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByTestId('main-menu').getByRole('link', { name: zh['Portal:Menu'] })).toBeVisible();
  const [entitlementsAnswer] = await answers;
  expect(entitlementsAnswer.status()).toBe(200);
  const mine = (await entitlementsAnswer.json()) as Entitlement[];
  const byCode = new Map(mine.map(entitlement => [entitlement.ruleCode, entitlement]));

  // Tier C, with its localized name.
  await expect(page.getByTestId('portal-tier')).toContainText('C');
  await expect(page.getByTestId('portal-tier')).toContainText(zh['Enum:TalentTierLevel.C']);
  await expect(page.getByTestId('portal-total')).toContainText(zh['Portal:Paid']);
  await expect(page.getByTestId('portal-total-paid')).toHaveText('40 万元');

  // 安家补贴: confirmed, the first installment paid with its voucher (paying), the rest scheduled.
  expect(byCode.get('settling')?.status).toBe('Paying');
  const settling = page.getByTestId('my-benefit-settling');
  await expect(settling).toHaveAttribute('data-status', 'Paying');
  await expect(settling.getByTestId('my-benefit-status')).toHaveText(zh['Enum:EntitlementStatus.Paying']);
  await expect(page.getByTestId('my-benefit-amount-settling')).toHaveText('200 万元');
  await expect(settling.getByTestId('my-benefit-policy')).toContainText('第五条');
  const paid = byCode.get('settling')!.installments.find(installment => installment.status === 'Paid')!;
  const firstPayment = settling.locator('[data-testid="timeline-item"][data-kind="paid"]');
  await expect(firstPayment).toHaveCount(1);
  await expect(firstPayment).toContainText(paid.voucherNo!);
  await expect(firstPayment).toContainText(paid.paidOn!);
  await expect(settling.locator('[data-testid="timeline-item"][data-kind="scheduled"]')).toHaveCount(4);

  // 科研启动经费 confirmed; 医疗绿色通道 and 子女入学保障 completed services; the others proposed.
  await expect(page.getByTestId('my-benefit-research')).toHaveAttribute('data-status', 'Confirmed');
  await expect(page.getByTestId('my-benefit-research').getByTestId('my-benefit-status')).toHaveText(zh['Enum:EntitlementStatus.Confirmed']);
  for (const service of ['medical', 'school']) {
    await expect(page.getByTestId(`my-benefit-${service}`)).toHaveAttribute('data-status', 'Completed');
    await expect(page.getByTestId(`my-benefit-amount-${service}`)).toHaveText(zh['Enum:BenefitAmountKind.None']);
  }
  const proposed = mine.filter(entitlement => entitlement.status === 'Proposed');
  expect(proposed.length).toBeGreaterThan(0);
  for (const entitlement of proposed) {
    await expect(page.getByTestId(`my-benefit-${entitlement.ruleCode}`).getByTestId('my-benefit-status'))
      .toHaveText(zh['Enum:EntitlementStatus.Proposed']);
  }

  // Why I qualify: the conditions in Chinese, each met.
  const why = page.getByTestId('why-settling');
  await why.locator('summary').click();
  await expect(why.locator('.condition').first()).toBeVisible();
  await expect(why).toContainText(/人才类别|人才层次|年龄/);
  await expect(why.locator('.condition[data-passed="false"]')).toHaveCount(0);

  // Almost there: 生活补贴, with the 本地社保 months still missing.
  const living = page.getByTestId('almost-living');
  await expect(living).toContainText('生活补贴');
  await expect(living.getByTestId('almost-hints')).toContainText('本地社保');
  await expect(living.getByTestId('almost-hints')).toContainText('还差');
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'talent-portal.png'), fullPage: true });

  // On a phone: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('portal-tier')).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'talent-portal-mobile.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'the talent portal at 390 px');
});

test('HR re-checks the due installments and exports the payment batch', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  await signInAs(page, 'dalian-hr');

  const list = page.waitForResponse(response => response.url().includes('/api/app/installments?') && response.url().includes('status=Scheduled'));
  await page.getByTestId('main-menu').getByRole('link', { name: zh['Installments:Menu'] }).click();
  await expect(page).toHaveURL(/\/benefits\/installments$/);
  const listAnswer = await list;
  expect(new URL(listAnswer.url()).searchParams.get('dueBy')).toBe(chinaToday());
  const due = (await listAnswer.json()) as InstallmentPage;
  expect(due.totalCount).toBeGreaterThan(0);
  await expect(page.getByTestId('installment-row').first()).toBeVisible();
  await expect(page.locator('[data-testid="installment-row"]:not([data-status="Scheduled"])')).toHaveCount(0);
  await expect(page.getByTestId('installment-row').first().getByTestId('installment-pay')).toBeVisible();

  // 发放前复核 of the whole due list: how many were checked, passed and for how much.
  const check = page.waitForResponse(response => response.url().endsWith('/api/app/installments/payment-batch/check'));
  await page.getByTestId('batch-check').click();
  const checkAnswer = await check;
  expect(checkAnswer.status()).toBe(200);
  const result = (await checkAnswer.json()) as { checked: number; passed: number; suspended: unknown[] };
  expect(result.checked).toBe(due.totalCount);
  expect(result.passed + result.suspended.length).toBe(result.checked);
  await expect(page.getByTestId('batch-result')).toContainText(`${result.checked}`);
  await expect(page.getByTestId('batch-result')).toContainText(`${result.passed}`);

  // The payment batch as .xlsx.
  const download = page.waitForEvent('download');
  await page.getByTestId('batch-export').click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'installment-ledger.png'), fullPage: true });
});
