import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ACCOUNT_URLS, AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { signedInUser } from '../../core/testing/test-users';
import { TalentPolicyDto } from '../../proxy/models';
import { PolicyEditorPage } from './policy-editor.page';

const TEXTS = {
  'RuleEditor:RuleNumber': '规则 {0}「{1}」', 'RuleEditor:ConditionNumber': '条件 {0}', 'RuleEditor:Schedule': '发放方式',
  'Policies:ErrorSummary': '有 {0} 处需要修改，未保存：',
};

const POLICY: TalentPolicyDto = {
  id: 'p2', code: 'TP-2024', version: 2, title: '人才政策', titleZh: '人才政策', titleEn: 'Talent policy', document: '大连高管发〔2024〕5号',
  effectiveFrom: '2026-11-28', effectiveTo: null, status: 'Draft', reassessGranted: false, publishedAt: null, isInForce: false,
  entitlementCount: 0, concurrencyStamp: 'stamp-1',
  rules: [
    {
      code: 'living', nameZh: '生活补贴', nameEn: 'Living allowance', article: '第六条', exclusivityGroup: null, commitmentYears: null,
      condition: {
        kind: 'All',
        children: [
          { kind: 'Compare', field: 'Degree', operator: 'GreaterOrEqual', values: ['Bachelor'] },
          { kind: 'Compare', field: 'SocialInsuranceMonths', operator: 'GreaterOrEqual', values: ['6'] },
        ],
      },
      amount: { kind: 'ByDegree', fixed: null, table: { Bachelor: 10000, Master: 30000 } },
      schedule: { kind: 'LumpSum', shares: null },
    },
    {
      code: 'rent', nameZh: '租房补贴', nameEn: 'Rent allowance', article: '第七条', exclusivityGroup: 'housing', commitmentYears: null,
      condition: { kind: 'Compare', field: 'OwnsHomeInZone', operator: 'Equal', values: ['false'] },
      amount: { kind: 'Fixed', fixed: 30000, table: null },
      schedule: { kind: 'Yearly', shares: [0.5, 0.2] },
    },
  ],
};

registerLocaleData(zh);

describe('PolicyEditorPage', () => {
  let fixture: ComponentFixture<PolicyEditorPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PolicyEditorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: TEXTS });
    await loading;
    const signing = TestBed.inject(AuthService).loadCurrentUser();
    backend.expectOne(ACCOUNT_URLS.me).flush(signedInUser([
      Permissions.TalentPolicies.Default, Permissions.TalentPolicies.Manage, Permissions.TalentPolicies.Publish,
    ]));
    await signing;

    fixture = TestBed.createComponent(PolicyEditorPage);
    fixture.componentRef.setInput('id', 'p2');
    fixture.detectChanges();
    backend.expectOne('/api/app/talent-policies/p2').flush(POLICY);
    await tick();
    backend.expectOne(r => r.urlWithParams === '/api/app/talent-policies?code=TP-2024').flush([POLICY]);
    await settle();
  });

  afterEach(() => backend.verify());

  const element = (): HTMLElement => fixture.nativeElement;
  const panel = (code: string) => element().querySelector<HTMLElement>(`[data-testid="rule-panel"][data-rule-code="${code}"]`)!;

  async function tick(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve));
    fixture.detectChanges();
    await new Promise(resolve => setTimeout(resolve));
  }

  async function settle(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('lists the rules of the draft, closed, with their amounts', () => {
    expect([...element().querySelectorAll('[data-testid="rule-panel"]')].map(item => item.getAttribute('data-rule-code'))).toEqual(['living', 'rent']);
    expect(panel('living').querySelector('[data-testid="rule-condition"]')).toBeNull();
    expect(element().querySelector('[data-testid="policy-status"]')!.getAttribute('data-status')).toBe('Draft');
    expect(element().querySelector('[data-testid="policy-save"]')).not.toBeNull();
    expect(element().querySelector('[data-testid="policy-dirty"]')).toBeNull();
  });

  it('saves the whole draft and shows each refused part next to it and in the summary', async () => {
    element().querySelector<HTMLButtonElement>('[data-testid="policy-save"]')!.click();
    const request = backend.expectOne(r => r.method === 'PUT' && r.url === '/api/app/talent-policies/p2');
    expect(request.request.body).toMatchObject({
      code: 'TP-2024', concurrencyStamp: 'stamp-1', effectiveFrom: '2026-11-28', reassessGranted: false,
    });
    expect(request.request.body.rules).toEqual(POLICY.rules);
    request.flush({
      status: 400, code: 'TalentReform:07008',
      errors: {
        'rules[1].schedule.shares': ['分期比例必须为正数且合计为 100%，现为 0.5 + 0.2。'],
        'rules[0].condition.children[1].values[0]': ['值“x”不是字段 SocialInsuranceMonths 的有效Number值。'],
      },
    }, { status: 400, statusText: 'Bad Request' });
    await settle();

    const items = [...element().querySelectorAll<HTMLElement>('[data-testid="policy-error-item"]')];
    expect(items.map(item => item.getAttribute('data-path'))).toEqual(['rules[0].condition.children[1].values[0]', 'rules[1].schedule.shares']);
    expect(items[0].textContent).toContain('规则 1「生活补贴」 · 条件 2');
    expect(items[1].textContent).toContain('规则 2「租房补贴」 · 发放方式');
    // The faulty rules are opened, the messages shown where they belong.
    expect(panel('rent').querySelector('[data-testid="rule-schedule-error"]')!.textContent).toContain('0.5 + 0.2');
    const months = panel('living').querySelector<HTMLElement>('[data-testid="condition-row"][data-field="SocialInsuranceMonths"]')!;
    expect(months.getAttribute('data-path')).toBe('1');
    expect(months.nextElementSibling!.textContent).toContain('SocialInsuranceMonths');
    expect(panel('living').querySelector('[data-testid="rule-error-count"]')).not.toBeNull();
  });

  it('marks the draft changed until it is saved', async () => {
    element().querySelector<HTMLElement>('[data-testid="policy-reassess"] button')!.click();
    await settle();
    expect(element().querySelector('[data-testid="policy-dirty"]')).not.toBeNull();

    element().querySelector<HTMLButtonElement>('[data-testid="policy-save"]')!.click();
    const request = backend.expectOne(r => r.method === 'PUT');
    expect(request.request.body.reassessGranted).toBe(true);
    request.flush({ ...POLICY, reassessGranted: true, concurrencyStamp: 'stamp-2' });
    await settle();
    expect(element().querySelector('[data-testid="policy-dirty"]')).toBeNull();
  });
});
