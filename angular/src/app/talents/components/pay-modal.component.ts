import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { chinaToday } from '../../shared/time/china-time';
import { InstallmentLineDto } from '../../proxy/models';
import { InstallmentService } from '../../proxy/services';

import { installmentOf, VOUCHER_MAX_LENGTH } from '../shared/ledger';
import { formatYuan } from '../../shared/money/yuan';

/**
 * Records an installment paid with its treasury voucher (付款凭证). The server re-checks it first
 * (发放前复核): a failed re-check suspends it instead, which the answer says (status Suspended, with why).
 */
@Component({
  selector: 'tr-pay-modal',
  imports: [ReactiveFormsModule, NzAlertModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!installment()" [nzTitle]="'Installments:PayTitle' | t" [nzOkText]="'Installments:Pay' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (installment(); as line) {
          <nz-alert class="modal-note" nzType="info" nzShowIcon
                    [nzMessage]="'Installments:PayNote' | t: line.profileName : line.benefitName : of(line) : money(line.amount)"
                    [nzDescription]="'Installments:RecheckNote' | t" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="pay-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pay-voucher">{{ 'Installments:VoucherNo' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Installments:VoucherNo' | t)">
              <input nz-input id="pay-voucher" formControlName="voucherNo" [maxlength]="voucherMaxLength" data-testid="pay-voucher" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pay-paid-on">{{ 'Installments:PaidOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Installments:PaidOn' | t)">
              <nz-date-picker nzId="pay-paid-on" formControlName="paidOn" data-testid="pay-paid-on" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.modal-note { margin-bottom: 16px; }`,
})
export class PayModalComponent {
  private readonly api = inject(InstallmentService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly localization = inject(LocalizationService);

  /** The installment to pay; the modal is open while set. */
  readonly installment = input<InstallmentLineDto | null>(null);
  readonly closed = output<void>();
  /** The installment as the server left it: paid, or suspended by the re-check. */
  readonly done = output<InstallmentLineDto>();

  protected readonly voucherMaxLength = VOUCHER_MAX_LENGTH;
  protected readonly of = installmentOf;
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    voucherNo: ['', [Validators.required, Validators.maxLength(VOUCHER_MAX_LENGTH), Validators.pattern(/\S/)]],
    paidOn: new FormControl<Date | null>(null, Validators.required),
  });

  constructor() {
    effect(() => {
      if (this.installment()) {
        this.form.reset({ voucherNo: '', paidOn: fromDateOnly(chinaToday()) });
      }
    });
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected submit(): void {
    const line = this.installment();
    if (!line) {
      return;
    }
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.installmentPay({
      id: line.id,
      body: { voucherNo: value.voucherNo.trim(), paidOn: toDateOnly(value.paidOn!), concurrencyStamp: line.concurrencyStamp },
    }).subscribe({
      next: result => {
        this.saving.set(false);
        this.done.emit(result);
      },
      error: () => this.saving.set(false),
    });
  }
}
