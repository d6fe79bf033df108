import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth/auth.service';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { chinaToday } from '../../shared/time/china-time';
import { InstallmentLineDto, PaymentBatchCheckDto } from '../../proxy/models';
import { InstallmentService } from '../../proxy/services';
import { InstallmentsPage } from './installments.page';

const TEXTS = {
  'Calculator:TenThousandYuan': '{0} 万元', 'Calculator:Yuan': '{0} 元',
  'Installments:RecheckResult': '截至 {0} 到期 {1} 笔，复核通过 {2} 笔，合计 {3}',
  'Installments:PaySuspended': '发放前复核未通过，{0} 的该期已暂停发放：{1}', 'Installments:PaidMessage': '已登记向 {0} 发放 {1}。',
};

const line = (id: string, patch: Partial<InstallmentLineDto> = {}): InstallmentLineDto => ({
  id, entitlementId: 'e1', profileId: 'p1', profileName: '张明', policyCode: 'TP-2024', policyVersion: 1, ruleCode: 'settling',
  benefitName: '安家补贴', number: 1, count: 5, dueOn: '2026-11-28', amount: 400_000, status: 'Scheduled', paidOn: null, voucherNo: null,
  suspendReason: null, concurrencyStamp: 's', ...patch,
});

// The date picker formats with Angular's locale data, as the app registers it.
registerLocaleData(zh);

describe('InstallmentsPage', () => {
  let fixture: ComponentFixture<InstallmentsPage>;
  let backend: HttpTestingController;
  let messages: NzMessageService;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [InstallmentsPage],
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS),
        { provide: AuthService, useValue: { isGranted: () => true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    messages = TestBed.inject(NzMessageService);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: TEXTS });
    await loading;
    fixture = TestBed.createComponent(InstallmentsPage);
    fixture.detectChanges();
    await new Promise(resolve => setTimeout(resolve));
  });

  afterEach(() => backend.verify());

  const element = (): HTMLElement => fixture.nativeElement;
  const page = () => fixture.componentInstance as unknown as { onPaid(result: InstallmentLineDto): void };

  /** Answers the list requests (the table may ask again once rendered) until none is left open. */
  async function answerList(items: InstallmentLineDto[]): Promise<void> {
    for (let round = 0; round < 5; round++) {
      await new Promise(resolve => setTimeout(resolve));
      fixture.detectChanges();
      const requests = backend.match(r => r.url === InstallmentService.InstallmentGetListPath);
      if (requests.length === 0) {
        break;
      }
      requests.forEach(request => request.flush({ totalCount: items.length, items }));
    }
    await fixture.whenStable();
  }

  it('opens on the due list: scheduled installments due by today (China)', async () => {
    const [request] = backend.match(r => r.url === InstallmentService.InstallmentGetListPath);
    expect(request.request.params.get('status')).toBe('Scheduled');
    expect(request.request.params.get('dueBy')).toBe(chinaToday());
    request.flush({ totalCount: 1, items: [line('i1')] });
    await answerList([line('i1')]);
    const rows = element().querySelectorAll('[data-testid="installment-row"]');
    expect(rows.length).toBe(1);
    expect(rows[0].querySelector('[data-testid="installment-pay"]')).not.toBeNull();
    expect(rows[0].querySelector('[data-testid="installment-resume"]')).toBeNull();
  });

  it('re-checks the due list and shows how many passed and which were suspended, with why', async () => {
    await answerList([line('i1'), line('i2')]);
    element().querySelector<HTMLButtonElement>('[data-testid="batch-check"]')!.click();
    const check = backend.expectOne(InstallmentService.InstallmentCheckBatchPath);
    expect(check.request.body).toEqual({ dueBy: chinaToday() });
    const result: PaymentBatchCheckDto = {
      dueBy: '2026-11-28', checked: 2, passed: 1, passedAmount: 400_000,
      suspended: [line('i2', { status: 'Suspended', profileName: '马娜', suspendReason: '人才档案已停用' })],
    };
    check.flush(result);
    await answerList([line('i1')]);
    const alert = element().querySelector('[data-testid="batch-result"]')!;
    expect(alert.textContent).toContain('截至 2026-11-28 到期 2 笔，复核通过 1 笔，合计 40 万元');
    expect(alert.querySelector('[data-testid="batch-suspended"]')!.textContent).toContain('人才档案已停用');
  });

  it('warns when paying ended in a suspension by the re-check', async () => {
    await answerList([line('i1')]);
    const warning = vi.spyOn(messages, 'warning');
    const success = vi.spyOn(messages, 'success');
    page().onPaid(line('i1', { status: 'Suspended', suspendReason: '人才档案已停用' }));
    expect(warning).toHaveBeenCalledWith('发放前复核未通过，张明 的该期已暂停发放：人才档案已停用', { nzDuration: 10000 });
    page().onPaid(line('i1', { status: 'Paid', voucherNo: 'FK-1', paidOn: '2026-11-28' }));
    expect(success).toHaveBeenCalledWith('已登记向 张明 发放 40 万元。');
    await answerList([]);
  });
});
