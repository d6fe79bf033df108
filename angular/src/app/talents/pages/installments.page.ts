import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { saveFile } from '../../core/http/download';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { chinaToday } from '../../shared/time/china-time';
import { InstallmentGetList$Params } from '../../proxy/fn/installment/installment-get-list';
import { InstallmentLineDto, PaymentBatchCheckDto } from '../../proxy/models';
import { InstallmentService } from '../../proxy/services';
import { DisclosurePanelComponent } from '../components/disclosure-panel.component';
import { PayModalComponent } from '../components/pay-modal.component';
import { SuspendModalComponent } from '../components/suspend-modal.component';

import { INSTALLMENT_STATUS_COLORS } from '../shared/entitlements';
import { installmentActions, installmentOf, LEDGER_TABS, LedgerTab, ledgerFilters } from '../shared/ledger';
import { formatYuan } from '../../shared/money/yuan';

const PAGE_SIZE = 20;

/**
 * 分期发放台账 (HR): the due list (scheduled installments due by a day) with the batch bar — re-check them all
 * (发放前复核) and export the payment batch for the treasury —, every installment, the paid and the suspended
 * ones; pay (with the voucher), suspend and resume per row; and the 资金公示 of a period.
 */
@Component({
  selector: 'tr-installments-page',
  imports: [
    FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzDatePickerModule, NzIconModule, NzPopconfirmModule, NzTableModule,
    NzTabsModule, NzTagModule, TranslatePipe, PayModalComponent, SuspendModalComponent, DisclosurePanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './installments.page.html',
  styles: `
    th, .nowrap { white-space: nowrap; }
    .amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .muted { color: rgba(0, 0, 0, 0.65); font-size: 12px; }
    .reason { color: #cf1322; font-size: 12px; }
    .batch-result { margin-bottom: 16px; }
    .batch-suspended { margin: 8px 0 0; padding-left: 20px; }
  `,
})
export class InstallmentsPage {
  private readonly api = inject(InstallmentService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly tabs = LEDGER_TABS;
  protected readonly statusColors = INSTALLMENT_STATUS_COLORS;
  protected readonly actions = installmentActions;
  protected readonly of = installmentOf;
  protected readonly canPay = computed(() => this.auth.isGranted(Permissions.Installments.Pay));

  protected readonly tab = signal<LedgerTab>('due');
  protected readonly tabIndex = computed(() => this.tabs.findIndex(item => item.tab === this.tab()));
  protected readonly dueBy = signal<Date>(fromDateOnly(chinaToday())!);
  protected readonly dueByText = computed(() => toDateOnly(this.dueBy()));
  protected readonly paging = new PagedTableState<InstallmentGetList$Params>(PAGE_SIZE);
  protected readonly installments = rxResource({
    params: () => ({ query: this.paging.request(), culture: this.localization.culture() }),
    stream: ({ params }) => this.api.installmentGetList(params.query),
  });

  protected readonly checking = signal(false);
  protected readonly exporting = signal(false);
  protected readonly batch = signal<PaymentBatchCheckDto | null>(null);
  protected readonly paying = signal<InstallmentLineDto | null>(null);
  protected readonly suspending = signal<InstallmentLineDto | null>(null);
  protected readonly resuming = signal<string | null>(null);

  constructor() {
    this.paging.filterBy(ledgerFilters(this.tab(), this.dueByText()));
  }

  protected selectTab(index: number): void {
    const tab = this.tabs[index]?.tab ?? 'due';
    this.tab.set(tab);
    if (tab !== 'disclosure') {
      this.paging.filterBy(ledgerFilters(tab, this.dueByText()));
    }
  }

  protected setDueBy(date: Date | null): void {
    this.dueBy.set(date ?? fromDateOnly(chinaToday())!);
    this.batch.set(null);
    this.paging.filterBy(ledgerFilters('due', this.dueByText()));
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  /** 发放前复核 of every installment due by the day: failures are suspended with the reason. */
  protected checkBatch(): void {
    this.checking.set(true);
    this.api.installmentCheckBatch({ body: { dueBy: this.dueByText() } }).subscribe({
      next: result => {
        this.checking.set(false);
        this.batch.set(result);
        this.installments.reload();
      },
      error: () => this.checking.set(false),
    });
  }

  /** The payment batch (the scheduled installments due by the day) as .xlsx for the treasury. */
  protected exportBatch(): void {
    const dueBy = this.dueByText();
    this.exporting.set(true);
    this.api.installmentExportBatch$Response({ dueBy }).subscribe({
      next: response => {
        this.exporting.set(false);
        saveFile(response, `payment-batch-${dueBy}.xlsx`);
      },
      error: () => this.exporting.set(false),
    });
  }

  protected onPaid(result: InstallmentLineDto): void {
    this.paying.set(null);
    if (result.status === 'Suspended') {
      // The re-check before paying failed: the installment was suspended instead of paid.
      this.messages.warning(this.localization.t('Installments:PaySuspended', result.profileName, result.suspendReason ?? ''), {
        nzDuration: 10000,
      });
    } else {
      this.messages.success(this.localization.t('Installments:PaidMessage', result.profileName, this.money(result.amount)));
    }
    this.installments.reload();
  }

  protected onSuspended(): void {
    this.suspending.set(null);
    this.messages.success(this.localization.t('Installments:SuspendedMessage'));
    this.installments.reload();
  }

  protected resume(line: InstallmentLineDto): void {
    this.resuming.set(line.id);
    this.api.installmentResume({ id: line.id, body: { concurrencyStamp: line.concurrencyStamp } }).subscribe({
      next: () => {
        this.resuming.set(null);
        this.messages.success(this.localization.t('Installments:ResumedMessage'));
        this.installments.reload();
      },
      error: () => {
        this.resuming.set(null);
        this.installments.reload();
      },
    });
  }
}
