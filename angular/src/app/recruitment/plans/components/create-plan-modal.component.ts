import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentPlanDto } from '../../../proxy/models';
import { RecruitmentPlanService } from '../../../proxy/services';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';

/** Drafts a new 招聘计划 (year and title); its lines are added in the editor, where their 空编 shows. */
@Component({
  selector: 'tr-create-recruitment-plan-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'RecruitmentPlans:New' | t" [nzOkText]="'Common:Save' | t" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="rplan-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-year">{{ 'RecruitmentPlans:Year' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:Year' | t)">
              <nz-input-number nzId="rplan-year" formControlName="year" [nzMin]="2000" [nzMax]="2100" data-testid="rplan-year" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="rplan-title">{{ 'RecruitmentPlans:PlanTitle' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('RecruitmentPlans:PlanTitle' | t)">
              <input nz-input id="rplan-title" formControlName="title" data-testid="rplan-title" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class CreatePlanModalComponent {
  private readonly api = inject(RecruitmentPlanService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly defaultYear = input.required<number>();
  readonly closed = output<void>();
  readonly saved = output<RecruitmentPlanDto>();

  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    year: [0, [Validators.required, Validators.min(2000), Validators.max(2100)]],
    title: ['', [Validators.required, Validators.maxLength(128)]],
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        this.form.reset({ year: untracked(this.defaultYear), title: '' });
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.recruitmentPlanCreate({ body: { year: value.year, title: value.title.trim(), lines: [] } }).subscribe({
      next: plan => {
        this.saving.set(false);
        this.saved.emit(plan);
      },
      error: () => this.saving.set(false),
    });
  }
}
