import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PlanChangeDto, PlanChangeType, PlanImpactDto } from '../../proxy/models';
import { StaffingPlanService } from '../../proxy/services';
import { enumKey } from '../../shared/enums/enums';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { keepLevelInCategory } from '../../shared/post-grade/post-grade-fields.component';
import { ChangeField, fieldsOf, fromChangeInput, isRequired, toChangeInput } from '../shared/change-fields';
import { addFunctionClause, createChangeForm, postPickerUnit, resetChangeForm } from '../shared/change-form-model';
import { CHANGE_TYPES } from '../shared/plan-enums';
import { ChangeFunctionsFieldComponent } from './change-functions-field.component';
import { ChangePickerSources } from './change-picker-sources';
import { ChangePostFieldsComponent } from './change-post-fields.component';
import { ChangeTargetFieldsComponent } from './change-target-fields.component';
import { ChangeUnitFieldsComponent } from './change-unit-fields.component';

/**
 * Adds (change = null) or edits one change of a plan. The form shows the fields of the chosen type (the
 * sub-forms: what the change acts on, the unit's fields, the post's fields, the functions), the pickers list
 * the live structure plus what the plan itself creates (ChangePickerSources); here: the type, saving, errors.
 */
@Component({
  selector: 'tr-change-form',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzGridModule, NzInputModule, NzSelectModule, NzAlertModule, TranslatePipe,
    ChangeTargetFieldsComponent, ChangeUnitFieldsComponent, ChangePostFieldsComponent, ChangeFunctionsFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-form.component.html',
})
export class ChangeFormComponent {
  private readonly plans = inject(StaffingPlanService);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  readonly planId = input.required<string>();
  readonly change = input<PlanChangeDto | null>(null);
  readonly impact = input<PlanImpactDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly types = CHANGE_TYPES;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isRequired = isRequired;

  protected readonly form = createChangeForm();
  protected readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: null });
  protected readonly fields = computed(() => new Set<ChangeField>(fieldsOf(this.type())));

  protected readonly pickers = new ChangePickerSources({
    impact: this.impact,
    unit: toSignal(this.form.controls.unitId.valueChanges, { initialValue: null }),
    postUnit: toSignal(this.form.controls.postUnitId.valueChanges, { initialValue: null }),
    needsPersons: computed(() => this.fields().has('personId')),
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const change = untracked(this.change);
        this.error.set(null);
        this.reset(change?.type ?? null, change ? fromChangeInput(change.details) : {});
      }
    });
    this.form.controls.type.valueChanges.subscribe(type => {
      if (!this.resetting) {
        this.reset(type, {});
      }
    });
    // A unit's current functions are the starting point of "set functions".
    effect(() => {
      const detail = this.pickers.unitDetail.value();
      if (detail && this.type() === 'SetFunctions' && this.form.controls.functions.length === 0) {
        untracked(() => [...detail.functions].sort((a, b) => a.number - b.number)
          .forEach(clause => addFunctionClause(this.form, clause.text, clause.id)));
      }
    });
    keepLevelInCategory(this.form.controls.category, this.form.controls.level);
  }

  private resetting = false;

  /** Shows the fields of `type` only, each required or not as the type needs. */
  private reset(type: PlanChangeType | null, value: Partial<Record<ChangeField, unknown>>): void {
    this.resetting = true;
    resetChangeForm(this.form, type, value, postPickerUnit(type, value, this.impact()?.posts ?? []));
    this.resetting = false;
  }

  protected submit(): void {
    const type = this.form.controls.type.value;
    const functionsMissing = isRequired(type, 'functions') && this.form.controls.functions.length === 0;
    if (!type || this.form.invalid || functionsMissing) {
      markAllDirty(this.form);
      if (functionsMissing) {
        this.error.set(this.localization.t('Validation:Required', this.localization.t('PlanField:Functions')));
      }
      return;
    }
    const body = toChangeInput(type, this.form.getRawValue() as Partial<Record<ChangeField, unknown>>);
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    const change = this.change();
    const request = change
      ? this.plans.staffingPlanUpdateChange({ id: this.planId(), changeId: change.id, body }, context)
      : this.plans.staffingPlanAddChange({ id: this.planId(), body }, context);
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.emit();
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.error.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }
}
