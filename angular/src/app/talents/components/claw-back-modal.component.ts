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
import { EntitlementDto } from '../../proxy/models';
import { EntitlementService } from '../../proxy/services';

import { REASON_MAX_LENGTH } from '../shared/ledger';
import { formatYuan } from '../../shared/money/yuan';

/** 追回: the talent left within the 服务期 — the day they left and why; the server works out what is paid back. */
@Component({
  selector: 'tr-claw-back-modal',
  imports: [ReactiveFormsModule, NzAlertModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!entitlement()" [nzTitle]="'Entitlements:ClawBackTitle' | t: (entitlement()?.name ?? '')"
              [nzOkText]="'Entitlements:ClawBack' | t" [nzOkDanger]="true" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (entitlement(); as entitlement) {
          <nz-alert class="modal-note" nzType="info" nzShowIcon
                    [nzMessage]="'Entitlements:ClawBackNote' | t: entitlement.profileName : money(entitlement.paidAmount) : (entitlement.commitmentYears ?? '')" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="claw-back-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="claw-back-left-on">{{ 'Entitlements:LeftOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Entitlements:LeftOn' | t)">
              <nz-date-picker nzId="claw-back-left-on" formControlName="leftOn" data-testid="claw-back-left-on" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="claw-back-reason">{{ 'Entitlements:Reason' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Entitlements:Reason' | t)">
              <textarea nz-input id="claw-back-reason" formControlName="reason" rows="3" [maxlength]="reasonMaxLength"
                        data-testid="claw-back-reason"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.modal-note { margin-bottom: 16px; }`,
})
export class ClawBackModalComponent {
  private readonly api = inject(EntitlementService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly localization = inject(LocalizationService);

  /** The benefit to claw back; the modal is open while set. */
  readonly entitlement = input<EntitlementDto | null>(null);
  readonly closed = output<void>();
  readonly clawedBack = output<EntitlementDto>();

  protected readonly reasonMaxLength = REASON_MAX_LENGTH;
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    leftOn: new FormControl<Date | null>(null, Validators.required),
    reason: ['', [Validators.required, Validators.maxLength(REASON_MAX_LENGTH), Validators.pattern(/\S/)]],
  });

  constructor() {
    effect(() => {
      if (this.entitlement()) {
        this.form.reset({ leftOn: fromDateOnly(chinaToday()), reason: '' });
      }
    });
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected submit(): void {
    const entitlement = this.entitlement();
    if (!entitlement) {
      return;
    }
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.entitlementClawBack({
      id: entitlement.id,
      body: { leftOn: toDateOnly(value.leftOn!), reason: value.reason.trim(), concurrencyStamp: entitlement.concurrencyStamp },
    }).subscribe({
      next: result => {
        this.saving.set(false);
        this.clawedBack.emit(result);
      },
      error: () => this.saving.set(false),
    });
  }
}
