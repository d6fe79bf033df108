import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { BenefitResultDto, EntitlementDto, TalentProfileDto } from '../../proxy/models';
import { EntitlementService, MyTalentService } from '../../proxy/services';
import { PortalPage } from './portal.page';

const TEXTS = {
  'Calculator:TenThousandYuan': '{0} 万元', 'Calculator:Yuan': '{0} 元', 'Calculator:PolicyCitation': '《{0}》{1}',
  'Calculator:Installment': '第 {0} 期', 'Enum:BenefitAmountKind.None': '服务事项', 'Enum:TalentTierLevel.C': 'C类（地方级领军人才）',
  'Enum:EntitlementStatus.Paying': '发放中', 'Enum:EntitlementStatus.Proposed': '待确认', 'Enum:EntitlementStatus.Completed': '已发放完毕',
  'Enum:EntitlementStatus.Revoked': '已撤销', 'Portal:PaidOn': '已于 {0} 发放', 'Portal:DueOn': '计划 {0} 发放',
  'Portal:Voucher': '凭证 {0}', 'Portal:NoLongerGranted': '不再享受的待遇（{0} 项）', 'Portal:NoProfile': '未关联人才档案',
};

const PROFILE = {
  id: 'p1', name: '大连引进人才', employer: '大连某集成电路有限公司', tier: 'C',
} as TalentProfileDto;

const entitlement = (ruleCode: string, patch: Partial<EntitlementDto>): EntitlementDto => ({
  id: ruleCode, profileId: 'p1', profileName: '大连引进人才', policyCode: 'TP-2024', policyVersion: 1, policyTitle: '大连高新区人才引进若干政策',
  policyDocument: '大连高管发〔2024〕5号', article: '第五条', ruleCode, name: ruleCode, amount: 0, payments: [], installments: [],
  paidAmount: 0, status: 'Proposed', grantedAt: '2026-11-27T08:00:00+00:00', updatedAt: '2026-11-27T08:00:00+00:00', confirmedAt: null,
  revokeReason: null, decidedOn: '2026-11-27', commitmentYears: null, leftOn: null, clawbackAmount: null, clawbackReason: null,
  concurrencyStamp: 's', explanation: [
    { depth: 0, kind: 'All', passed: true, field: null, text: '同时满足以下条件', hint: null },
    { depth: 1, kind: 'Compare', passed: true, field: 'Tier', text: '人才类别属于 C类', hint: null },
  ], ...patch,
});

const MINE: EntitlementDto[] = [
  entitlement('medical', { name: '医疗绿色通道', status: 'Completed', article: '第十条' }),
  entitlement('rent', { name: '租房补贴', amount: 36_000, status: 'Revoked', revokeReason: '已在区内购房' }),
  entitlement('settling', {
    name: '安家补贴', amount: 2_000_000, paidAmount: 400_000, status: 'Paying', installments: [
      { id: 'i1', entitlementId: 'settling', number: 1, dueOn: '2026-11-28', amount: 400_000, status: 'Paid', paidOn: '2026-11-27', voucherNo: 'FK-0001', suspendReason: null },
      { id: 'i2', entitlementId: 'settling', number: 2, dueOn: '2027-11-28', amount: 1_600_000, status: 'Scheduled', paidOn: null, voucherNo: null, suspendReason: null },
    ],
  }),
];

const MISSING: BenefitResultDto[] = [{
  policyCode: 'TP-2024', policyTitle: '大连高新区人才引进若干政策', policyDocument: '大连高管发〔2024〕5号', article: '第六条', code: 'living',
  name: '生活补贴', amountKind: 'Fixed', eligible: false, amount: null, payments: [], excludedBy: null, isAlmost: true, reason: null,
  conditions: [
    { depth: 0, kind: 'All', passed: false, field: null, text: '同时满足以下条件', hint: null },
    { depth: 1, kind: 'Compare', passed: false, field: 'SocialInsuranceMonths', text: '本地社保缴纳月数不少于 6（实际：4）', hint: '本地社保缴纳月数还差 2' },
  ],
}];

describe('PortalPage', () => {
  let fixture: ComponentFixture<PortalPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PortalPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: TEXTS });
    await loading;
    fixture = TestBed.createComponent(PortalPage);
    fixture.detectChanges();
    // The requests start with the first change detection; whenStable() would wait for their answers.
    await new Promise(resolve => setTimeout(resolve));
  });

  afterEach(() => backend.verify());

  const element = (): HTMLElement => fixture.nativeElement;
  const text = (selector: string, root: ParentNode = element()) => root.querySelector(selector)?.textContent?.trim() ?? null;

  async function settle(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function load(): Promise<void> {
    backend.expectOne(MyTalentService.MyTalentGetProfilePath).flush(PROFILE);
    backend.expectOne(EntitlementService.EntitlementGetMinePath).flush(MINE);
    backend.expectOne(MyTalentService.MyTalentGetMissingPath).flush(MISSING);
    await settle();
  }

  it('shows the tier, the totals and each benefit with its amount, status and payments', async () => {
    await load();
    expect(text('[data-testid="portal-tier"]')).toContain('C类（地方级领军人才）');
    expect(text('[data-testid="portal-total-granted"]')).toBe('200 万元');
    expect(text('[data-testid="portal-total-paid"]')).toBe('40 万元');
    expect(text('[data-testid="portal-total-to-come"]')).toBe('160 万元');

    const cards = [...element().querySelectorAll<HTMLElement>('[data-testid^="my-benefit-"][data-status]')];
    expect(cards.map(card => card.dataset['testid'])).toEqual(['my-benefit-settling', 'my-benefit-medical', 'my-benefit-rent']);
    const settling = cards[0];
    expect(text('[data-testid="my-benefit-amount-settling"]')).toBe('200 万元');
    expect(text('[data-testid="my-benefit-status"]', settling)).toBe('发放中');
    expect(text('[data-testid="my-benefit-policy"]', settling)).toContain('《大连高新区人才引进若干政策》第五条');
    const items = [...settling.querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(items.map(item => item.dataset['kind'])).toEqual(['paid', 'scheduled']);
    expect(items[0].textContent).toContain('已于 2026-11-27 发放');
    expect(items[0].textContent).toContain('凭证 FK-0001');
    expect(items[1].textContent).toContain('计划 2027-11-28 发放');
    expect(text('[data-testid="my-benefit-amount-medical"]')).toBe('服务事项');
    expect(cards[1].querySelector('[data-testid="timeline-item"]')).toBeNull();
  });

  it('explains why, keeps revoked benefits apart with the reason, and lists what is missing', async () => {
    await load();
    const why = element().querySelector<HTMLDetailsElement>('[data-testid="why-settling"]')!;
    const conditions = [...why.querySelectorAll<HTMLElement>('.condition')];
    expect(conditions.map(row => row.style.paddingLeft)).toEqual(['0px', '16px']);
    expect(conditions[1].textContent).toContain('✓');
    expect(conditions[1].textContent).toContain('人才类别属于 C类');

    const revoked = element().querySelector<HTMLDetailsElement>('[data-testid="portal-revoked"]')!;
    expect(revoked.open).toBe(false);
    expect(text('summary', revoked)).toBe('不再享受的待遇（1 项）');
    expect(text('[data-testid="my-benefit-revoke-reason"]', revoked)).toBe('已在区内购房');

    const almost = element().querySelector('[data-testid="almost-living"]')!;
    expect([...almost.querySelectorAll('[data-testid="almost-hints"] li')].map(li => li.textContent!.trim())).toEqual(['本地社保缴纳月数还差 2']);
  });

  it('says so when the account has no talent profile', async () => {
    backend.expectOne(MyTalentService.MyTalentGetProfilePath).flush({ title: 'not found' }, { status: 404, statusText: 'Not Found' });
    // The other two requests were cancelled with the first failure.
    expect(backend.match(EntitlementService.EntitlementGetMinePath).every(request => request.cancelled)).toBe(true);
    expect(backend.match(MyTalentService.MyTalentGetMissingPath).every(request => request.cancelled)).toBe(true);
    await settle();
    expect(text('[data-testid="portal-error"]')).toContain('未关联人才档案');
    expect(element().querySelector('[data-testid="portal-total"]')).toBeNull();
  });
});
