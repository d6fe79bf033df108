import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { DEMO_PASSWORD, openLogin, signIn, texts } from './support';
import { xlsx } from './xlsx';

/**
 * Issue 12's journey: from a recruitment plan inside 空编 to a new talent who sees matched benefits. HR works in the
 * browser at each step a person would look at (the plan's 空编, publishing the notice, the pipeline board, score entry,
 * the ranking, the 公示, the hire dialog and its seat, the seat board); the steps other people take (the approvers'
 * decisions, candidates registering, the 人才认定 of the new talent) go through the API with their own tokens.
 */

type Json = Record<string, any>;

/** The China calendar date, `days` from today. */
function chinaDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An 18-digit 身份证号 with a valid check digit (GB 11643), unique per run and index. */
function idNumber(seed: number, index: number): string {
  const body = `210202${1990 + (index % 5)}0${1 + (index % 9)}1${index % 10}${String(seed % 1000).padStart(3, '0')}`.slice(0, 17);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

class Api {
  private constructor(private readonly request: APIRequestContext, private readonly token: string) {}

  static async as(request: APIRequestContext, userName: string, password = DEMO_PASSWORD): Promise<Api> {
    const response = await request.post('/api/account/token', { data: { userName, password } });
    expect(response.status(), `sign-in of ${userName}`).toBe(200);
    return new Api(request, ((await response.json()) as Json)['accessToken']);
  }

  async upload(path: string, file: Buffer): Promise<Json> {
    const response = await this.request.post(path, {
      multipart: { file: { name: 'import.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file } },
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Json;
  }

  async call<T = Json>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(path, { method, data, headers: { authorization: `Bearer ${this.token}` } });
    const body = await response.text();
    expect(response.ok(), `${method} ${path}: ${response.status()} ${body.slice(0, 400)}`).toBeTruthy();
    return (body ? JSON.parse(body) : null) as T;
  }
}

/** A unit with a free 事业编制 place and a vacant 事业编 post in it: the plan's one line. */
async function vacantLine(hr: Api): Promise<Json> {
  const posts = (await hr.call('GET', '/api/app/posts?status=Vacant&staffingType=PublicInstitution&maxResultCount=200'))['items'] as Json[];
  const units = [...new Set(posts.map(post => post['orgUnitId'] as string))];
  const probe = await hr.call('POST', '/api/app/recruitment-plans', {
    year: Number(chinaDate().slice(0, 4)) + 1, title: 'probe',
    lines: units.map(orgUnitId => ({ orgUnitId, staffingType: 'PublicInstitution', places: 1, postTitle: 'probe' })),
  });
  await hr.call('DELETE', `/api/app/recruitment-plans/${probe['id']}`);
  const unit = (probe['lines'] as Json[]).find(line => line['free'] >= 1);
  expect(unit, 'a demo unit with a free 事业编制 place').toBeTruthy();
  const post = posts.find(candidate => candidate['orgUnitId'] === unit!['orgUnitId'])!;
  return { orgUnitId: post['orgUnitId'], staffingType: 'PublicInstitution', places: 1, postId: post['id'], postTitle: post['titleZh'] };
}

/** Every approver of the route decides on the plan's pending steps until it is approved. */
async function approvePlan(request: APIRequestContext, planId: string): Promise<void> {
  const approvers = await Promise.all(['dalian-reviewer', 'dalian-director', 'dalian-leader'].map(user => Api.as(request, user)));
  for (let round = 0; round < 4; round++) {
    for (const approver of approvers) {
      const item = (await approver.call<Json[]>('GET', '/api/app/approvals')).find(entry => entry['documentId'] === planId);
      if (item) {
        await approver.call('POST', `/api/app/recruitment-plans/approvals/${item['stepId']}/decide`, { decision: 'Approve', comment: '同意' });
      }
    }
  }
}

async function signInAs(page: Page, userName: string, password = DEMO_PASSWORD): Promise<void> {
  await openLogin(page, 'zh-Hans');
  await signIn(page, userName, password);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

test('HR recruits from a plan inside 空编 to a hire on a seat, and the new talent sees matched benefits', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const zh = await texts(page, 'zh-Hans');
  const run = Date.now();
  const hr = await Api.as(request, 'dalian-hr');

  // 1. The plan: one line on a vacant post; HR sees its 空编 and submits it; the route's approvers approve.
  const line = await vacantLine(hr);
  const plan = await hr.call('POST', '/api/app/recruitment-plans', { year: Number(chinaDate().slice(0, 4)) + 1, title: `E2E招聘计划${run}`, lines: [line] });
  await signInAs(page, 'dalian-hr');
  await page.goto(`/recruitment-plans/${plan['id']}`);
  const planLine = page.getByTestId('rplan-line-row').first();
  await expect(planLine.getByTestId('line-capacity-asked')).toHaveText('1');
  expect(Number(await planLine.getByTestId('line-capacity-free').innerText())).toBeGreaterThanOrEqual(1);
  await expectNoSeriousA11yViolations(page, 'recruitment plan editor');
  await page.getByTestId('rplan-submit').click();
  await page.locator('.ant-popover').getByRole('button').last().click(); // the confirmation: lines cannot change after submission
  await expect(page.getByTestId('rplan-status')).toContainText(zh['Enum:RecruitmentPlanStatus.Submitted']);
  await approvePlan(request, plan['id']);
  const approved = await hr.call('GET', `/api/app/recruitment-plans/${plan['id']}`);
  expect(approved['status']).toBe('Approved');

  // 2. The campaign for the vacant post, published in the browser: 7 working days public at least, registration from today.
  const campaign = await hr.call('POST', '/api/app/recruitment-campaigns', {
    recruitmentPlanId: plan['id'], year: Number(chinaDate().slice(0, 4)), code: `E2E-${run}`, titleZh: `E2E公开招聘${run}`,
    registrationStart: chinaDate(), registrationEnd: chinaDate(4),
    positions: [{
      planLineId: (approved['lines'] as Json[])[0]['id'], orgUnitId: line['orgUnitId'], postId: line['postId'], staffingType: 'PublicInstitution',
      code: 'E01', name: '综合管理岗', places: 1, requirements: { minimumDegree: 'Master' },
      scoring: { method: 'Examination', writtenWeightPercent: 50, decimals: 2, rounding: 'HalfUp', writtenPassLine: 60, interviewPassLine: 60, interviewRatio: 3, openingRatio: 3, shortfall: 'ReducePlaces', replacement: 'Once', checkOrder: 'MedicalFirst', probationMonths: 3 },
    }],
  });
  await page.goto(`/recruitment-campaigns/${campaign['id']}`);
  await page.getByTestId('publish-on').fill(chinaDate());
  await page.getByTestId('publish-ends-on').fill(chinaDate(21));
  await page.getByTestId('campaign-publish').click();
  await expect(page.getByTestId('conditions-locked')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'published campaign');

  // 3. Four candidates register (诚信承诺 signed); the 1:3 opening ratio is met with three qualified.
  const position = ((await hr.call('GET', `/api/app/recruitment-campaigns/${campaign['id']}`))['positions'] as Json[])[0];
  const names = ['林晓岚', '周子墨', '吴思远', '郑一帆'];
  for (const [index, name] of names.entries()) {
    await hr.call('POST', '/api/app/applications', {
      campaignId: campaign['id'], positionId: position['id'], name, idNumber: idNumber(run, index), birthDate: `199${index}-05-0${index + 1}`,
      degree: 'Master', major: '公共管理', yearsOfExperience: 3, pledgeSigned: true, relatives: [],
    });
  }

  // 4. The pipeline board: 资格初审 in the browser, one card at a time; the server refuses a move out of order.
  await page.getByTestId('position-board-link').first().click();
  const registered = page.getByTestId('stage-Registered');
  await expect(registered.getByTestId('candidate-card')).toHaveCount(4);
  await expectNoSeriousA11yViolations(page, 'pipeline board');
  for (let i = 0; i < 3; i++) {
    await registered.getByTestId('card-advance').first().click();
    await expect(page.getByTestId('stage-QualificationPassed').getByTestId('candidate-card')).toHaveCount(i + 1);
  }
  await registered.getByTestId('card-fail').first().click();
  await page.getByTestId('fail-reason').fill('专业不符合岗位要求');
  await page.getByTestId('fail-confirm').click();
  await expect(page.getByTestId('stage-Failed').getByTestId('candidate-card')).toHaveCount(1);
  await page.getByTestId('stage-QualificationPassed').getByTestId('card-advance').first().click();
  await expect(page.getByTestId('board-error')).toBeVisible();
  await expect(page.getByTestId('stage-QualificationPassed').getByTestId('candidate-card')).toHaveCount(3);

  // The 开考比例 decision, then 笔试 for the three (the API: the board was proven above).
  await hr.call('POST', `/api/app/recruitment-campaigns/${campaign['id']}/positions/${position['id']}/opening-ratio`, {});
  const applications = async (): Promise<Json[]> => hr.call<Json[]>('GET', `/api/app/applications?campaignId=${campaign['id']}&status=Active`);
  for (const application of await applications()) {
    await hr.call('POST', `/api/app/applications/${application['id']}/advance`, { to: 'WrittenExam' });
  }

  // 5. Written scores entered in the browser; the shortlist (1:3, all three within) and the interview.
  await page.reload();
  await page.getByRole('tab', { name: zh['CampaignUi:ScoreEntry'] }).click();
  const writtenScores = [88, 79.5, 71];
  for (const [i, application] of (await applications()).entries()) {
    const row = page.locator(`[data-testid="score-row"][data-candidate="${application['candidateName']}"]`);
    await row.getByTestId('score-written').fill(String(writtenScores[i]));
    // The table reloads after each save: the next score is typed only once that answer is in.
    const saved = page.waitForResponse(response => response.url().endsWith('/written-score'));
    const reloaded = page.waitForResponse(response => response.url().includes('/api/app/applications?') && response.request().method() === 'GET');
    await row.getByTestId('score-save').click();
    expect((await saved).status()).toBe(200);
    await reloaded;
  }
  await expect.poll(async () => (await applications()).filter(application => application['writtenScore'] !== null).length).toBe(3);
  await expectNoSeriousA11yViolations(page, 'score entry');
  await hr.call('POST', '/api/app/applications/shortlist', { campaignId: campaign['id'], positionId: position['id'] });
  const interviewScores = new Map<string, number>();
  for (const [i, application] of (await applications()).entries()) {
    if (application['stage'] === 'QualificationRechecked') {
      await hr.call('POST', `/api/app/applications/${application['id']}/advance`, { to: 'Interview' });
    }
    interviewScores.set(application['id'], [90, 84, 70][i] ?? 75);
  }
  for (const application of await applications()) {
    if (application['stage'] === 'Interview') {
      await hr.call('PUT', `/api/app/applications/${application['id']}/interview-score`, { score: interviewScores.get(application['id']) });
    }
  }

  // 6. The ranking in the browser: weighted totals, rounded half up; the first in rank goes on to 体检 and 考察.
  await page.reload();
  await page.getByRole('tab', { name: zh['CampaignUi:Ranking'] }).click();
  await page.getByTestId('ranking-run').click();
  await expect(page.getByTestId('ranking-row').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'ranking');
  const ranked = (await applications()).filter(application => application['rank'] === 1);
  expect(ranked).toHaveLength(1);
  const winner = ranked[0];
  for (const to of ['Medical', 'Assessment']) {
    await hr.call('POST', `/api/app/applications/${winner['id']}/advance`, { to });
  }

  // 7. The 公示 in the browser: recorded as published 15 days ago (7 working days from the day after), so it has
  //    ended and the hire may follow; start and end dates are shown.
  await page.goto('/recruitment-notices');
  await page.getByTestId('notice-publish').click();
  await page.getByTestId('notice-campaign').click();
  await page.locator('nz-option-item', { hasText: `E2E-${run}` }).click();
  await page.getByTestId(`notice-candidate-${winner['id']}`).click();
  await page.getByTestId('notice-published-on').locator('input').fill(chinaDate(-15));
  await page.getByTestId('notice-published-on').locator('input').press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: zh['Outcome:Publish'] }).click();
  const notice = page.getByTestId('notice-row').filter({ hasText: `E2E` }).first();
  await expect(notice.getByTestId('notice-starts')).toBeVisible();
  await expect(notice.getByTestId('notice-ends')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '公示 list');

  // 8. The hire dialog shows the seat (a regular 事业编 slot of the unit), hires, and shows the one-time password once.
  await notice.getByTestId('hire-open').first().click();
  await expect(page.getByTestId('hire-seat')).toHaveAttribute('data-seat-kind', 'Regular');
  await expectNoSeriousA11yViolations(page, 'hire dialog');
  await page.getByTestId('hire-confirm').click();
  await expect(page.getByTestId('hire-result')).toBeVisible();
  const userName = (await page.getByTestId('hire-username').innerText()).trim();
  const password = (await page.getByTestId('hire-password').innerText()).trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await page.getByTestId('hire-close').click();

  // 9. The seat board shows the person on the post.
  await page.goto(`/posts/seat-board?unit=${line['orgUnitId']}`);
  await expect(page.getByTestId('seat-person').filter({ hasText: winner['candidateName'] })).toBeVisible();

  // 10. The 人才认定 the certifying body granted the new talent (tier C), imported by HR as granted, then a matching run.
  const hire = ((await hr.call<Json[]>('GET', `/api/app/hires?campaignId=${campaign['id']}`)))[0];
  const profile = await hr.call('GET', `/api/app/talent-profiles/${hire['talentProfileId']}`);
  const sheet = xlsx([
    ['姓名', '工作单位', '人才类别', '认定机构', '认定日期', '有效期至', '证书编号'],
    [profile['name'], profile['employer'] ?? '', 'C', '大连市人才工作领导小组办公室', chinaDate(-1), chinaDate(3 * 365), `DLRC-${run}`],
  ]);
  const imported = await hr.upload('/api/app/talent-certifications/import?dryRun=false', sheet);
  expect(imported['importedRows'], JSON.stringify(imported['errors'])).toBe(1);
  const matching = await hr.call('POST', '/api/app/matching-runs', {});
  await expect.poll(async () => (await hr.call('GET', `/api/app/matching-runs/${matching['id']}`))['isRunning'], { timeout: 60_000 }).toBe(false);

  // 11. The new talent signs in with the one-time password and sees matched benefits on the portal.
  await page.context().clearCookies();
  await signInAs(page, userName, password);
  await expect(page).toHaveURL(/\/my$/);
  await expect(page.getByTestId('portal-tier')).toContainText('C');
  await expect(page.locator('[data-testid^="my-benefit-"][data-status]').first()).toBeVisible();
});
