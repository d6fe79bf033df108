import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { fromDateOnly, toDateOnly } from '../../../core/http/date-only';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecordRecruitmentPlanFilingDto } from '../../../proxy/models';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';
import { chinaToday } from '../../../shared/time/china-time';

/** 备案: the filing number the authority gave the approved plan and the day it was filed (China date, not in the future). */
@Component({
  selector: 'tr-recruitment-plan-filing-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'RecruitmentPlans:RecordFiling' | t" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="rplan-filing-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-filing-number">{{ 'RecruitmentPlans:FilingNumber' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:FilingNumber' | t)">
              <input nz-input id="rplan-filing-number" formControlName="filingNumber" data-testid="rplan-filing-number" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-filed-on">{{ 'RecruitmentPlans:FiledOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:FiledOn' | t)">
              <nz-date-picker nzId="rplan-filed-on" formControlName="filedOn" data-testid="rplan-filed-on" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class FilingModalComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly saving = input(false);
  readonly closed = output<void>();
  readonly saved = output<RecordRecruitmentPlanFilingDto>();

  protected readonly form = this.fb.group({
    filingNumber: ['', [Validators.required, Validators.maxLength(64)]],
    filedOn: new FormControl<Date | null>(null, Validators.required),
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        this.form.reset({ filingNumber: '', filedOn: fromDateOnly(chinaToday()) });
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saved.emit({ filingNumber: value.filingNumber.trim(), filedOn: toDateOnly(value.filedOn!) });
  }
}
