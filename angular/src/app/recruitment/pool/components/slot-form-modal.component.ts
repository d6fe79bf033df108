import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { StaffingPoolSlotDto } from '../../../proxy/models';
import { StaffingPoolService } from '../../../proxy/services';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';

/** A new named pool slot (事业编制): its code, name and where it came from (e.g. the 编办's decision). */
@Component({
  selector: 'tr-pool-slot-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'StaffingPoolUi:NewSlot' | t" [nzOkText]="'Common:Save' | t" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="pool-slot-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-slot-code">{{ 'StaffingPoolUi:SlotCode' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:SlotCode' | t)">
              <input nz-input id="pool-slot-code" formControlName="code" data-testid="pool-slot-code" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-slot-name">{{ 'StaffingPoolUi:SlotName' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:SlotName' | t)">
              <input nz-input id="pool-slot-name" formControlName="name" data-testid="pool-slot-name" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="pool-slot-source">{{ 'StaffingPoolUi:SourceNote' | t }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="pool-slot-source" formControlName="sourceNote" rows="2" data-testid="pool-slot-source"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class SlotFormModalComponent {
  private readonly api = inject(StaffingPoolService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly closed = output<void>();
  readonly saved = output<StaffingPoolSlotDto>();

  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    code: ['', [Validators.required, Validators.maxLength(32)]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    sourceNote: ['', Validators.maxLength(500)],
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        this.form.reset({ code: '', name: '', sourceNote: '' });
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
    this.api.staffingPoolCreateSlot({ body: { code: value.code.trim(), name: value.name.trim(), sourceNote: value.sourceNote.trim() || null } })
      .subscribe({
        next: slot => {
          this.saving.set(false);
          this.saved.emit(slot);
        },
        error: () => this.saving.set(false),
      });
  }
}
