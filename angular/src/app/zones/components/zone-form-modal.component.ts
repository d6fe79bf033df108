import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { Observable } from 'rxjs';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ZoneDto } from '../../proxy/models';
import { ZoneService } from '../../proxy/services';

/**
 * Create (zone = null) or edit a zone. The code is fixed once created; the update carries the
 * concurrency stamp the user saw, so a concurrent change is reported instead of overwritten.
 */
@Component({
  selector: 'tr-zone-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, NzCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './zone-form-modal.component.html',
})
export class ZoneFormModalComponent {
  private readonly api = inject(ZoneService);

  readonly open = input.required<boolean>();
  readonly zone = input<ZoneDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<ZoneDto>();

  protected readonly isNew = computed(() => this.zone() === null);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(32)]],
    nameZh: ['', [Validators.required, Validators.maxLength(128)]],
    nameEn: ['', [Validators.required, Validators.maxLength(128)]],
    province: ['', [Validators.required, Validators.maxLength(64)]],
    foundedOn: new FormControl<Date | null>(null, Validators.required),
    isActive: [true],
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const zone = untracked(this.zone);
        this.form.reset({
          code: zone?.code ?? '',
          nameZh: zone?.nameZh ?? '',
          nameEn: zone?.nameEn ?? '',
          province: zone?.province ?? '',
          foundedOn: fromDateOnly(zone?.foundedOn),
          isActive: zone?.isActive ?? true,
        });
        if (zone) {
          this.form.controls.code.disable();
        } else {
          this.form.controls.code.enable();
        }
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach(control => {
        control.markAsDirty();
        control.updateValueAndValidity({ onlySelf: true });
      });
      return;
    }
    const { code, nameZh, nameEn, province, foundedOn, isActive } = this.form.getRawValue();
    const names = { nameZh, nameEn, province, foundedOn: foundedOn ? toDateOnly(foundedOn) : null };
    const zone = this.zone();
    const request: Observable<ZoneDto> = zone
      ? this.api.zoneUpdate({ id: zone.id, body: { ...names, isActive, concurrencyStamp: zone.concurrencyStamp } })
      : this.api.zoneCreate({ body: { ...names, code } });
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
