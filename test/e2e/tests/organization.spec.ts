import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../artifacts';
import { expectNoSeriousA11yViolations } from './a11y';
import { openLogin, signIn, texts } from './support';

interface TreeNode { id: string; nameZh: string; children: TreeNode[] }
interface Paged<T> { items: T[]; totalCount: number }
interface Quota { orgUnitId: string; staffingType: string; approved: number }
interface ZoneTotal { staffingType: string; approved: number }
interface Problem { code?: string; detail?: string; title?: string }
interface QuotaUsage { staffingType: string; approved: number; occupied: number }
interface Metrics { staffCount: number; quotaUsage: QuotaUsage[] }

function usageOf(metrics: Metrics, type: string): QuotaUsage {
  const usage = metrics.quotaUsage.find(row => row.staffingType === type);
  expect(usage, `quota usage of ${type}`).toBeTruthy();
  return usage!;
}

/** The metrics page shows this staff count and these quota-usage rows, and its chart has drawn them. */
async function expectMetricsShown(page: Page, expected: Metrics): Promise<void> {
  await expect(page.getByTestId('metric-staff').locator('.ant-statistic-content-value')).toHaveText(String(expected.staffCount));
  for (const usage of expected.quotaUsage) {
    const row = page.getByTestId('quota-usage').locator(`tr[data-staffing-type="${usage.staffingType}"]`);
    await expect(row.getByTestId('usage-approved')).toHaveText(String(usage.approved));
    await expect(row.getByTestId('usage-occupied')).toHaveText(String(usage.occupied));
  }
  await expect(page.getByTestId('quota-usage-chart')).toHaveAttribute('data-rendered', 'true');
}

// 聘用 (Contract) seats are the ones this test adds: the zone total is raised by the one seat it needs.
const TYPE = 'Contract';

/** API calls made with the browser's session; writes carry the XSRF header the app itself sends. */
async function api(page: Page): Promise<{ request: APIRequestContext; headers: Record<string, string> }> {
  const cookies = await page.context().cookies();
  const token = cookies.find(cookie => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return { request: page.request, headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) } };
}

async function json<T>(response: { ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<unknown> }): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** A valid 18-character ID number (checksum per GB 11643), unique per run. */
function idNumber(seed: number): string {
  const first17 = `2102031990${String(seed).padStart(7, '0').slice(-7)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function pickTreeSelect(page: Page, testId: string, title: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: title }).first().click();
}

async function pickOption(page: Page, selector: string, label: string | RegExp): Promise<void> {
  await page.locator(selector).click();
  await page.locator('.ant-select-dropdown:visible nz-option-item', { hasText: label }).first().click();
}

test('an HR officer builds a unit, fills a seat, sees the board and the metrics, and is refused over quota', async ({ page }) => {
  test.setTimeout(120_000);
  const zh = await texts(page, 'zh-Hans');
  const run = Date.now().toString(36).slice(-5);
  const seed = Date.now() % 10_000_000;
  const unitName = `人才测试处${run}`;
  const postCode = `E2E-${run}`.toUpperCase();

  await openLogin(page, 'zh-Hans');
  await signIn(page, 'dalian-hr');
  await expect(page.getByTestId('current-user')).toBeVisible();
  const { request, headers } = await api(page);

  // Room for one more 聘用 seat in the zone, and two people to appoint.
  const totals = await json<{ items: ZoneTotal[] }>(await request.get('/api/app/staffing-quotas/zone-totals'));
  const allocated = (await json<Paged<Quota>>(await request.get('/api/app/staffing-quotas', { params: { staffingType: TYPE, maxResultCount: 1000 } })))
    .items.reduce((sum, quota) => sum + quota.approved, 0);
  const total = totals.items.find(item => item.staffingType === TYPE)?.approved ?? 0;
  await json(await request.put(`/api/app/staffing-quotas/zone-totals/${TYPE}`, { headers, data: { approved: Math.max(total, allocated + 1) } }));
  const people = [];
  for (const [index, name] of [`赵聘${run}`, `钱超${run}`].entries()) {
    people.push(await json<{ id: string; name: string }>(await request.post('/api/app/persons', {
      headers,
      data: { name, gender: index === 0 ? 'Female' : 'Male', birthDate: '1990-05-01', idNumber: idNumber(seed + index), degree: 'Master' },
    })));
  }

  // 1. Organization: create the unit (under the top unit when there is one) with a duty clause and one 聘用 seat.
  await page.getByTestId('main-menu').getByText(zh['Org:Menu']).click();
  await expect(page).toHaveURL(/\/organization$/);
  const tree = await json<{ items: TreeNode[] }>(await request.get('/api/app/org-units/tree'));
  if (tree.items.length > 0) {
    await page.getByTestId('org-tree').locator(`[data-unit-id="${tree.items[0].id}"]`).click();
    await page.getByTestId('unit-add-child').click();
  } else {
    await page.getByTestId('unit-create').click();
  }
  const unitForm = page.getByTestId('unit-form');
  await pickOption(page, '[data-testid="unit-kind"]', zh['Enum:OrgUnitKind.Department']);
  await unitForm.locator('#unit-name-zh').fill(unitName);
  await unitForm.locator('#unit-name-en').fill(`Talent Test Office ${run}`);
  await page.getByTestId('unit-add-function').click();
  await page.getByTestId('unit-function-0').fill('负责高层次人才引进与服务。');
  await expectNoSeriousA11yViolations(page, 'the organization page with the new-unit modal open');
  await page.locator('.ant-modal').getByRole('button', { name: zh['Common:Save'] }).click();

  const drawer = page.locator('.ant-drawer');
  await expect(drawer.locator('.ant-drawer-title')).toHaveText(unitName);
  await expect(drawer.getByTestId('unit-function-list')).toContainText('负责高层次人才引进与服务。');
  await pickOption(page, '[data-testid="quota-new-type"]', zh[`Enum:StaffingType.${TYPE}`]);
  await drawer.getByTestId('quota-new-approved').locator('input').fill('1');
  await drawer.getByTestId('quota-add').click();
  await expect(drawer.getByTestId('unit-quotas').locator(`tr[data-staffing-type="${TYPE}"]`)).toContainText(zh[`Enum:StaffingType.${TYPE}`]);
  const unit = (await json<Paged<{ id: string; nameZh: string }>>(await request.get('/api/app/org-units', { params: { filter: unitName } })))
    .items.find(item => item.nameZh === unitName)!;
  expect(unit).toBeTruthy();
  await drawer.locator('.ant-drawer-close').click();

  // The chart shows the new unit with its 0/1 seats.
  await expect(page.getByTestId('org-tree')).toContainText(unitName);
  await expect(page.getByTestId('org-tree').locator(`[data-unit-id="${unit.id}"]`).locator('..')).toContainText('0/1');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-rendered', 'true');

  // 2. Posts: add the post through the form; a second post of the same type comes through the API.
  await page.getByTestId('main-menu').getByText(zh['Posts:Menu']).click();
  await page.getByTestId('post-create').click();
  const postForm = page.getByTestId('post-form');
  await pickTreeSelect(page, 'post-unit', unitName);
  await postForm.locator('#post-code').fill(postCode);
  await postForm.locator('#post-title-zh').fill('人才服务专员');
  await postForm.locator('#post-title-en').fill('Talent service officer');
  await pickOption(page, '[data-testid="post-category"]', zh['Enum:PostCategory.Management']);
  await pickOption(page, '[data-testid="post-level"]', zh['Posts:LevelN'].replace('{0}', '8'));
  await pickOption(page, '[data-testid="post-staffing-type"]', zh[`Enum:StaffingType.${TYPE}`]);
  await page.locator('.ant-modal').getByRole('button', { name: zh['Common:Save'] }).click();
  await pickTreeSelect(page, 'post-filter-unit', unitName);
  const postRow = page.getByTestId('post-table').locator(`tr[data-post-code="${postCode}"]`);
  await expect(postRow).toContainText('人才服务专员');
  await expect(postRow).toContainText(zh['Enum:PostStatus.Vacant']);
  await json(await request.post('/api/app/posts', {
    headers,
    data: { orgUnitId: unit.id, code: `${postCode}-2`, titleZh: '人才服务助理', titleEn: 'Talent service assistant', category: 'Management', level: 9, staffingType: TYPE },
  }));

  // The metrics dashboard before the appointment: what it shows is what the server counts.
  await page.getByTestId('main-menu').getByText(zh['Metrics:Menu']).click();
  const before = await json<Metrics>(await request.get('/api/app/org-metrics'));
  await expectMetricsShown(page, before);
  await page.goto(`/organization/metrics?unit=${unit.id}`);
  await expectMetricsShown(page, { staffCount: 0, quotaUsage: [{ staffingType: TYPE, approved: 1, occupied: 0 }] });

  // 3. Seat board: one vacant 聘用 seat; appoint the first person into it.
  await page.goto(`/posts/seat-board?unit=${unit.id}`);
  const group = page.getByTestId('seat-group').and(page.locator(`[data-staffing-type="${TYPE}"]`));
  await expect(group.getByTestId('seat')).toHaveCount(1);
  await expect(group.getByTestId('seat').first()).toHaveAttribute('data-filled', 'false');
  await group.getByTestId('seat-appoint').click();
  const appointForm = page.getByTestId('appointment-form');
  await appointForm.locator('#appointment-person').click();
  await page.keyboard.type(people[0].name);
  await page.locator('.ant-select-dropdown:visible nz-option-item', { hasText: people[0].name }).click();
  await pickOption(page, '#appointment-post', postCode);
  await page.locator('.ant-modal').getByRole('button', { name: zh['Seats:Appoint'] }).click();
  await expect(group.getByTestId('seat-person')).toHaveText(people[0].name);
  await expect(group).toContainText(zh['Seats:Occupied'].replace('{0}', '1'));

  // The screenshot shows a demo unit with many seats (the largest), filled and vacant, by staffing type.
  const quotas = (await json<Paged<Quota>>(await request.get('/api/app/staffing-quotas', { params: { maxResultCount: 1000 } }))).items;
  const seatsByUnit = new Map<string, number>();
  quotas.forEach(quota => seatsByUnit.set(quota.orgUnitId, (seatsByUnit.get(quota.orgUnitId) ?? 0) + quota.approved));
  const [largest] = [...seatsByUnit.entries()].filter(([, seats]) => seats <= 80).sort((a, b) => b[1] - a[1])[0] ?? [unit.id];
  await page.goto(`/posts/seat-board?unit=${largest}`);
  await expect(page.getByTestId('seat-board')).toHaveAttribute('data-unit-id', largest);
  await expect(page.getByTestId('seat').first()).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'seat-board.png'), fullPage: true });

  // 4. Metrics: the dashboard counts the new staff member, zone-wide and for the new unit alone.
  await page.getByTestId('main-menu').getByText(zh['Metrics:Menu']).click();
  await expectMetricsShown(page, {
    staffCount: before.staffCount + 1,
    quotaUsage: [{ ...usageOf(before, TYPE), occupied: usageOf(before, TYPE).occupied + 1 }],
  });
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'metrics.png'), fullPage: true });
  await page.goto(`/organization/metrics?unit=${unit.id}`);
  await expectMetricsShown(page, { staffCount: 1, quotaUsage: [{ staffingType: TYPE, approved: 1, occupied: 1 }] });

  // 5. Over quota: the unit's only 聘用 seat is taken, so appointing to the second post is refused with the server's reason.
  await page.getByTestId('main-menu').getByText(zh['Posts:Menu']).click();
  await pickTreeSelect(page, 'post-filter-unit', unitName);
  const secondRow = page.getByTestId('post-table').locator(`tr[data-post-code="${postCode}-2"]`);
  await secondRow.getByTestId('post-appoint').click();
  await page.locator('#appointment-person').click();
  await page.keyboard.type(people[1].name);
  await page.locator('.ant-select-dropdown:visible nz-option-item', { hasText: people[1].name }).click();
  const answer = page.waitForResponse(response => response.url().endsWith('/api/app/appointments') && response.request().method() === 'POST');
  await page.locator('.ant-modal').getByRole('button', { name: zh['Seats:Appoint'] }).click();
  const response = await answer;
  expect(response.status()).toBeGreaterThanOrEqual(400);
  const problem = (await response.json()) as Problem;
  expect(problem.code).toBe('TalentReform:05007');
  const reason = problem.detail ?? problem.title ?? '';
  expect(reason.startsWith(zh['TalentReform:05007'].split('{0}')[0])).toBe(true);
  expect(reason).toContain(unitName);
  await expect(page.getByTestId('appointment-error')).toContainText(reason);
  await page.locator('.ant-modal').getByRole('button', { name: zh['Common:Cancel'] }).click();

  // 6. The org chart, now 1/1 on the new unit.
  await page.getByTestId('main-menu').getByText(zh['Org:Menu']).click();
  await expect(page.getByTestId('org-tree').locator(`[data-unit-id="${unit.id}"]`).locator('..')).toContainText('1/1');
  await expect(page.getByTestId('org-chart')).toHaveAttribute('data-rendered', 'true');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'org-chart.png'), fullPage: true });
});
