import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { BenefitResultDto, PolicyCalculatorResultDto } from '../../proxy/models';
import { PublicPolicyCalculatorService } from '../../proxy/services';
import { CalculatorPage } from './calculator.page';

const TEXTS = {
  'Calculator:Status.Granted': '可享受', 'Calculator:Status.Almost': '差一点', 'Calculator:Status.Ineligible': '不符合',
  'Calculator:Status.Excluded': '就高不重复', 'Calculator:TenThousandYuan': '{0} 万元', 'Calculator:Yuan': '{0} 元',
  'Calculator:PolicyCitation': '《{0}》{1}', 'Enum:BenefitAmountKind.None': '服务事项', 'Calculator:Error': '测算失败',
};
const ZONES_URL = PublicPolicyCalculatorService.PublicPolicyCalculatorGetZonesPath;
const calculateUrl = (zone: string) => `/api/public/zones/${zone}/policy-calculator`;

const benefit = (code: string, patch: Partial<BenefitResultDto>): BenefitResultDto => ({
  policyCode: 'TP-2024', policyTitle: '大连高新区人才引进若干政策', policyDocument: '大连高管发〔2024〕5号', article: '第五条',
  code, name: code, amountKind: 'Fixed', eligible: false, amount: null, payments: [], excludedBy: null, isAlmost: false,
  reason: null, conditions: [], ...patch,
});

const RESULT: PolicyCalculatorResultDto = {
  zoneCode: 'dalian', zoneName: '大连高新技术产业园区', on: '2026-11-27', totalAmount: 2_000_000,
  byYear: [2026, 2027, 2028, 2029, 2030].map(year => ({ year, amount: 400_000 })),
  benefits: [
    benefit('rent', {
      name: '租房补贴', conditions: [
        { depth: 0, kind: 'Compare', passed: false, field: 'OwnsHomeInZone', text: '在区内有自有住房等于 否', hint: '在区内有自有住房需为否' },
      ],
    }),
    benefit('living', {
      name: '生活补贴', isAlmost: true, conditions: [
        { depth: 0, kind: 'All', passed: false, field: null, text: '同时满足以下条件', hint: null },
        { depth: 1, kind: 'Compare', passed: false, field: 'SocialInsuranceMonths', text: '本地社保缴纳月数不少于 6（实际：4）', hint: '本地社保缴纳月数还差 2' },
      ],
    }),
    benefit('school', { name: '子女入学保障', amountKind: 'None', eligible: true, amount: 0, payments: [{ number: 1, dueOn: '2026-11-27', amount: 0 }] }),
    benefit('settling', {
      name: '安家补贴', amountKind: 'ByTier', eligible: true, amount: 2_000_000,
      payments: [{ number: 1, dueOn: '2026-11-27', amount: 400_000 }],
    }),
  ],
};

describe('CalculatorPage', () => {
  let fixture: ComponentFixture<CalculatorPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CalculatorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: TEXTS });
    await loading;

    fixture = TestBed.createComponent(CalculatorPage);
    fixture.detectChanges();
    backend.expectOne(ZONES_URL).flush([
      { code: 'chengde', nameZh: '承德高新技术产业开发区', nameEn: 'Chengde' },
      { code: 'dalian', nameZh: '大连高新技术产业园区', nameEn: 'Dalian' },
    ]);
    await settle();
  });

  afterEach(() => backend.verify());

  const element = (): HTMLElement => fixture.nativeElement;
  const form = () => (fixture.componentInstance as unknown as { form: { patchValue(value: object): void } }).form;

  async function settle(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function calculate(): Promise<void> {
    element().querySelector<HTMLButtonElement>('[data-testid="calc-submit"]')!.click();
    await fixture.whenStable();
  }

  it('posts only what was filled in, to the default zone', async () => {
    form().patchValue({ degree: 'Master', age: 30, tier: 'C', employerInZone: true, contractYears: 5 });
    await calculate();
    const request = backend.expectOne(calculateUrl('dalian'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      degree: 'Master', tier: 'C', age: 30, contractYears: 5, employerInZone: true, overseasExperience: false, ownsHomeInZone: false,
    });
    request.flush(RESULT);
    await settle();
  });

  it('shows granted benefits first, then almost there, then the rest, with services as services', async () => {
    await calculate();
    backend.expectOne(calculateUrl('dalian')).flush(RESULT);
    await settle();

    const cards = [...element().querySelectorAll<HTMLElement>('[data-status]')];
    expect(cards.map(card => card.dataset['testid'])).toEqual(['benefit-school', 'benefit-settling', 'benefit-living', 'benefit-rent']);
    expect(cards.map(card => card.querySelector('[data-testid="benefit-status"]')!.textContent!.trim()))
      .toEqual(['可享受', '可享受', '差一点', '不符合']);
    expect(element().querySelector('[data-testid="calc-total-amount"]')!.textContent!.trim()).toBe('200 万元');
    expect(cards[0].querySelector('[data-testid="benefit-amount"]')!.textContent!.trim()).toBe('服务事项');
    expect(cards[1].querySelector('[data-testid="benefit-amount"]')!.textContent!.trim()).toBe('200 万元');
    expect(cards[1].querySelector('[data-testid="benefit-policy"]')!.textContent).toContain('《大连高新区人才引进若干政策》第五条');
    expect(cards[2].querySelector('[data-testid="benefit-hints"]')!.textContent).toContain('本地社保缴纳月数还差 2');
    expect(cards[3].querySelector('[data-testid="benefit-hints"]')).toBeNull();
    expect(cards[3].querySelector('[data-testid="benefit-amount"]')!.textContent!.trim()).toBe('');
    const conditions = [...cards[2].querySelectorAll<HTMLElement>('.calc-condition')];
    expect(conditions.map(row => row.style.paddingLeft)).toEqual(['0px', '16px']);
    expect(conditions[1].textContent).toContain('✗');
  });

  it('recalculates for another zone once a result is shown', async () => {
    await calculate();
    backend.expectOne(calculateUrl('dalian')).flush(RESULT);
    await settle();
    (fixture.componentInstance as unknown as { zoneCode: { setValue(code: string): void } }).zoneCode.setValue('chengde');
    backend.expectOne(calculateUrl('chengde')).flush({ ...RESULT, zoneCode: 'chengde' });
    await settle();
  });

  it("shows the server's localized message when rate-limited", async () => {
    await calculate();
    backend.expectOne(calculateUrl('dalian')).flush(
      { title: '请求过于频繁，请稍后再试。', status: 429, code: 'TalentReform:00429' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    expect(element().querySelector('[data-testid="calc-error"]')!.textContent).toContain('请求过于频繁，请稍后再试。');
    expect(element().querySelector('[data-testid="calc-total"]')).toBeNull();
  });

  it('marks the fields the server rejected', async () => {
    await calculate();
    backend.expectOne(calculateUrl('dalian')).flush(
      { title: '提交的数据有误', status: 400, errors: { Age: ['“年龄”必须在 16 到 100 之间。'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element().querySelector('[data-testid="calc-error"]')!.textContent).toContain('“年龄”必须在 16 到 100 之间。');
    const age = element().querySelector('[data-testid="calc-age"]')!.closest('nz-form-control')!;
    expect(age.querySelector('.calc-field-error')!.textContent).toContain('“年龄”必须在 16 到 100 之间。');
  });
});
