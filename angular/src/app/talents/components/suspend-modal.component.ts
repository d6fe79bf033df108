import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { InstallmentLineDto } from '../../proxy/models';
import { InstallmentService } from '../../proxy/services';
import { installmentOf, REASON_MAX_LENGTH } from '../shared/ledger';

/** Holds a scheduled installment back (暂停发放) with the reason. */
@Component({
  selector: 'tr-suspend-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!installment()"
              [nzTitle]="'Installments:SuspendTitle' | t: (installment()?.profileName ?? '') : (installment()?.benefitName ?? '') : (installment() ? of(installment()!) : '')"
              [nzOkText]="'Installments:Suspend' | t" [nzOkDanger]="true" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="suspend-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="suspend-reason">{{ 'Installments:Reason' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Installments:Reason' | t)">
              <textarea nz-input id="suspend-reason" formControlName="reason" rows="3" [maxlength]="reasonMaxLength"
                        data-testid="suspend-reason"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class SuspendModalComponent {
  private readonly api = inject(InstallmentService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly installment = input<InstallmentLineDto | null>(null);
  readonly closed = output<void>();
  readonly suspended = output<InstallmentLineDto>();

  protected readonly reasonMaxLength = REASON_MAX_LENGTH;
  protected readonly of = installmentOf;
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    reason: ['', [Validators.required, Validators.maxLength(REASON_MAX_LENGTH), Validators.pattern(/\S/)]],
  });

  constructor() {
    effect(() => {
      if (this.installment()) {
        this.form.reset({ reason: '' });
      }
    });
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
    this.saving.set(true);
    this.api.installmentSuspend({
      id: line.id,
      body: { reason: this.form.getRawValue().reason.trim(), concurrencyStamp: line.concurrencyStamp },
    }).subscribe({
      next: result => {
        this.saving.set(false);
        this.suspended.emit(result);
      },
      error: () => this.saving.set(false),
    });
  }
}
