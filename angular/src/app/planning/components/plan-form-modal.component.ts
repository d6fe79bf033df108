import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { StaffingPlanDto } from '../../proxy/models';
import { StaffingPlanService } from '../../proxy/services';
import { chinaToday } from '../../shared/time/china-time';

/** Creates a plan (plan = null) or edits its title, rationale (请示) and effective date. */
@Component({
  selector: 'tr-plan-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="(isNew() ? 'Plans:New' : 'Plans:EditDetails') | t" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" nzWidth="640px" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="plan-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="plan-title">{{ 'Plans:PlanTitle' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Plans:PlanTitle' | t)">
              <input nz-input id="plan-title" formControlName="title" data-testid="plan-title" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="plan-effective">{{ 'Plans:EffectiveDate' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Plans:EffectiveDate' | t)">
              <nz-date-picker nzId="plan-effective" formControlName="effectiveDate" data-testid="plan-effective" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="plan-rationale">{{ 'Plans:Rationale' | t }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="plan-rationale" formControlName="rationale" rows="6" data-testid="plan-rationale"
                        [placeholder]="'Plans:RationaleHint' | t"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class PlanFormModalComponent {
  private readonly api = inject(StaffingPlanService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly plan = input<StaffingPlanDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<StaffingPlanDto>();

  protected readonly isNew = computed(() => this.plan() === null);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(256)]],
    rationale: ['', Validators.maxLength(8000)],
    effectiveDate: new FormControl<Date | null>(null, Validators.required),
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const plan = untracked(this.plan);
        this.form.reset({
          title: plan?.title ?? '',
          rationale: plan?.rationale ?? '',
          effectiveDate: fromDateOnly(plan?.effectiveDate ?? chinaToday()),
        });
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const body = { title: value.title.trim(), rationale: value.rationale.trim(), effectiveDate: toDateOnly(value.effectiveDate!) };
    const plan = this.plan();
    const request = plan
      ? this.api.staffingPlanUpdate({ id: plan.id, body: { ...body, concurrencyStamp: plan.concurrencyStamp } })
      : this.api.staffingPlanCreate({ body });
    this.saving.set(true);
    request.subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
