import { expect, test } from '@playwright/test';
import { openLogin, signIn, texts } from './support';

test('the host admin sees the 2026 holiday calendar with its make-up days and can edit it', async ({ page }) => {
  await openLogin(page, 'zh-Hans');
  await signIn(page, 'admin');
  await expect(page.getByTestId('current-user')).toBeVisible();
  const zh = await texts(page, 'zh-Hans');
  await page.goto('/approvals/calendar');

  // 2026: the seeded State Council notice. The summary counts what the table lists.
  const summary = page.getByTestId('calendar-summary');
  await expect(summary).toContainText(zh['WorkCalendar:Summary'].split('{0}')[0]);
  await expect(page.getByTestId('calendar-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('calendar-save')).toBeVisible();
  await expect(page.getByTestId('calendar-add')).toBeVisible();
});

test('an HR officer opens the approval routes without being sent to the forbidden page', async ({ page }) => {
  await openLogin(page, 'zh-Hans');
  await signIn(page, 'dalian-hr');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.goto('/approvals/routes');
  // Routes of every document kind are listed; the staffing-plan route seeded for the zone is among them.
  await expect(page.getByTestId('route-table').locator('[data-testid="route-row"]', { hasText: '定岗定编方案审批' }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/approvals\/routes$/);
  await expect(page.getByTestId('route-create')).toBeVisible();

  // The calendar is read-only for a zone user.
  await page.goto('/approvals/calendar');
  await expect(page.getByTestId('calendar-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('calendar-save')).toHaveCount(0);
});
