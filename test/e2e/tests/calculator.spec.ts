import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../artifacts';
import { currentUser, openLogin, texts } from './support';

interface CalculatorResult {
  totalAmount: number;
  benefits: { code: string; name: string; eligible: boolean; isAlmost: boolean; amount: number | null }[];
}

// An iPhone-sized phone (Chromium's mobile emulation: meta viewport, touch).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function pick(page: Page, select: string, label: string): Promise<void> {
  await page.getByTestId(select).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(page.getByTestId(select)).toContainText(label);
}

async function type(page: Page, id: string, value: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.fill(value);
  await input.blur();
  await expect(input).toHaveValue(value);
}

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
}

test('an anonymous visitor on a phone calculates the benefits of a profile and sees why', async ({ page }) => {
  const zh = await texts(page, 'zh-Hans');
  const en = await texts(page, 'en');

  await openLogin(page, 'zh-Hans');
  await expect(page.getByTestId('calculator-link')).toContainText(zh['Calculator:Title']);
  await page.getByTestId('calculator-link').click();
  await expect(page).toHaveURL(/\/calculator$/);
  await expect(page.getByTestId('calculator-title')).toHaveText(zh['Calculator:Title']);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  expect((await currentUser(page)).isAuthenticated).toBe(false);
  await expect(page.getByTestId('calc-zone')).toContainText('大连');
  expect(await hasNoHorizontalScroll(page)).toBe(true);

  // 硕士, 30 岁, C 类, employer in the zone, 5-year contract, 4 months of social insurance, no home.
  await pick(page, 'calc-degree', zh['Enum:EducationDegree.Master']);
  await type(page, 'calc-age', '30');
  await pick(page, 'calc-tier', zh['Enum:TalentTierLevel.C']);
  await page.getByTestId('calc-employerInZone').click();
  await expect(page.locator('#calc-employerInZone')).toHaveClass(/ant-switch-checked/);
  await type(page, 'calc-contractYears', '5');
  await type(page, 'calc-socialInsuranceMonths', '4');
  await expect(page.locator('#calc-ownsHomeInZone')).not.toHaveClass(/ant-switch-checked/);

  const answer = page.waitForResponse(response => response.url().endsWith('/api/public/zones/dalian/policy-calculator'));
  await page.getByTestId('calc-submit').click();
  const response = await answer;
  expect(response.status()).toBe(200);
  // Empty fields are left out; the switches always answer yes or no.
  expect(response.request().postDataJSON()).toEqual({
    degree: 'Master', tier: 'C', age: 30, contractYears: 5, socialInsuranceMonths: 4,
    employerInZone: true, ownsHomeInZone: false, overseasExperience: false,
  });
  const result = (await response.json()) as CalculatorResult;

  await expect(page.getByTestId('calc-total-amount')).toHaveText(`${result.totalAmount / 10_000} 万元`);

  // 安家补贴: granted, 200 万 (2,000,000 yuan), with its payment schedule.
  const settling = page.getByTestId('benefit-settling');
  expect(result.benefits.find(benefit => benefit.code === 'settling')?.amount).toBe(2_000_000);
  await expect(settling.getByTestId('benefit-name')).toHaveText('安家补贴');
  await expect(settling).toHaveAttribute('data-status', 'granted');
  await expect(settling.getByTestId('benefit-status')).toHaveText(zh['Calculator:Status.Granted']);
  await expect(settling.getByTestId('benefit-amount')).toHaveText('200 万元');
  await expect(settling.getByTestId('benefit-policy')).toContainText('第五条');
  await expect(settling.getByTestId('benefit-payments')).toContainText('40 万元');

  // 生活补贴: almost there, two months of social insurance short.
  const living = page.getByTestId('benefit-living');
  await expect(living.getByTestId('benefit-name')).toHaveText('生活补贴');
  await expect(living).toHaveAttribute('data-status', 'almost');
  await expect(living.getByTestId('benefit-status')).toHaveText(zh['Calculator:Status.Almost']);
  // Only what is really missing: not the doctorate of an alternative that the age already made up for.
  await expect(living.getByTestId('benefit-hints').locator('li')).toHaveText(['本地社保缴纳月数还差 2']);
  await living.getByTestId('benefit-why').locator('summary').click();
  const failed = living.locator('.calc-condition-failed');
  await expect(failed.filter({ hasText: '本地社保缴纳月数还差 2' })).toBeVisible();

  // 租房补贴: not granted.
  const rent = page.getByTestId('benefit-rent');
  await expect(rent.getByTestId('benefit-name')).toHaveText('租房补贴');
  await expect(rent).not.toHaveAttribute('data-status', 'granted');
  await expect(rent.getByTestId('benefit-status')).not.toHaveText(zh['Calculator:Status.Granted']);

  // Granted first, then almost there, then the rest; services are services, not "0 元".
  const statuses = await page.locator('[data-testid^="benefit-"][data-status]').evaluateAll(cards =>
    cards.map(card => card.getAttribute('data-status')));
  const order = ['granted', 'almost', 'excluded', 'ineligible'];
  expect(statuses).toHaveLength(result.benefits.length);
  expect([...statuses].sort((a, b) => order.indexOf(a!) - order.indexOf(b!))).toEqual(statuses);
  await expect(page.getByTestId('benefit-medical').getByTestId('benefit-amount')).toHaveText(zh['Enum:BenefitAmountKind.None']);
  await expect(page.getByTestId('calculator-results')).not.toContainText('0 元');

  expect(await hasNoHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'calculator-mobile.png'), fullPage: true });

  // The language switch recalculates: the server words the results in English.
  const english = page.waitForResponse(r => r.url().endsWith('/policy-calculator') && r.request().headers()['accept-language'] === 'en');
  await page.getByTestId('language-switch').getByText('English').click();
  expect((await english).status()).toBe(200);
  await expect(settling.getByTestId('benefit-status')).toHaveText(en['Calculator:Status.Granted']);
  await expect(settling.getByTestId('benefit-amount')).toHaveText('¥2,000,000');
  await expect(settling.getByTestId('benefit-name')).not.toHaveText('安家补贴');
  await expect(page.getByTestId('calculator-title')).toHaveText(en['Calculator:Title']);
  expect(await hasNoHorizontalScroll(page)).toBe(true);
});
