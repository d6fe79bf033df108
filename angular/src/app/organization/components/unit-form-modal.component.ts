import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable } from 'rxjs';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitDto, OrgUnitKind } from '../../proxy/models';
import { OrgUnitService } from '../../proxy/services';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey, ORG_UNIT_KINDS } from '../../shared/enums/enums';

type FunctionGroup = FormGroup<{ id: FormControl<string | null>; text: FormControl<string> }>;

/** Create (unit = null, under `parentId`) or edit a unit with its 三定 duty clauses. */
@Component({
  selector: 'tr-unit-form-modal',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule,
    NzDatePickerModule, NzButtonModule, NzIconModule, NzGridModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-form-modal.component.html',
  styles: `
    .function-row { display: flex; gap: 8px; align-items: flex-start; margin-bottom: 8px; }
    .function-number { width: 28px; line-height: 32px; text-align: right; color: #595959; }
    .function-text { flex: 1; }
    .form-hint { color: #595959; }
  `,
})
export class UnitFormModalComponent {
  private readonly api = inject(OrgUnitService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly unit = input<OrgUnitDto | null>(null);
  readonly parentId = input<string | null>(null);
  readonly parentName = input<string>('');
  readonly closed = output<void>();
  readonly saved = output<OrgUnitDto>();

  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly enumKey = enumKey;
  protected readonly isNew = computed(() => this.unit() === null);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    kind: new FormControl<OrgUnitKind | null>(null, Validators.required),
    nameZh: ['', [Validators.required, Validators.maxLength(128)]],
    nameEn: ['', [Validators.required, Validators.maxLength(128)]],
    shortName: ['', Validators.maxLength(32)],
    sortOrder: [0, [Validators.min(0), Validators.max(9999)]],
    approvalDocumentNumber: ['', Validators.maxLength(64)],
    approvalDate: new FormControl<Date | null>(null),
    effectiveFrom: new FormControl<Date | null>(null, Validators.required),
    effectiveTo: new FormControl<Date | null>(null),
    functions: this.fb.array<FunctionGroup>([]),
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const unit = untracked(this.unit);
        this.form.controls.functions.clear();
        (unit?.functions ?? []).slice().sort((a, b) => a.number - b.number)
          .forEach(clause => this.form.controls.functions.push(this.functionGroup(clause.id, clause.text)));
        this.form.reset({
          kind: unit?.kind ?? null,
          nameZh: unit?.nameZh ?? '',
          nameEn: unit?.nameEn ?? '',
          shortName: unit?.shortName ?? '',
          sortOrder: unit?.sortOrder ?? 0,
          approvalDocumentNumber: unit?.approvalDocumentNumber ?? '',
          approvalDate: fromDateOnly(unit?.approvalDate),
          effectiveFrom: fromDateOnly(unit?.effectiveFrom) ?? (unit ? null : new Date()),
          effectiveTo: fromDateOnly(unit?.effectiveTo),
        });
      }
    });
  }

  protected get functions(): FormArray<FunctionGroup> {
    return this.form.controls.functions;
  }

  protected addFunction(): void {
    this.functions.push(this.functionGroup(null, ''));
  }

  protected removeFunction(index: number): void {
    this.functions.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const body = {
      kind: value.kind,
      nameZh: value.nameZh.trim(),
      nameEn: value.nameEn.trim(),
      shortName: value.shortName.trim() || null,
      sortOrder: value.sortOrder,
      approvalDocumentNumber: value.approvalDocumentNumber.trim() || null,
      approvalDate: value.approvalDate ? toDateOnly(value.approvalDate) : null,
      effectiveFrom: value.effectiveFrom ? toDateOnly(value.effectiveFrom) : null,
      effectiveTo: value.effectiveTo ? toDateOnly(value.effectiveTo) : null,
      functions: value.functions.filter(clause => clause.text.trim()).map(clause => ({ id: clause.id, text: clause.text.trim() })),
    };
    const unit = this.unit();
    const request: Observable<OrgUnitDto> = unit
      ? this.api.orgUnitUpdate({ id: unit.id, body: { ...body, concurrencyStamp: unit.concurrencyStamp } })
      : this.api.orgUnitCreate({ body: { ...body, parentId: this.parentId() } });
    this.saving.set(true);
    request.subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }

  private functionGroup(id: string | null, text: string): FunctionGroup {
    return this.fb.group({
      id: new FormControl<string | null>(id),
      text: this.fb.control(text, [Validators.required, Validators.maxLength(1000)]),
    });
  }
}
