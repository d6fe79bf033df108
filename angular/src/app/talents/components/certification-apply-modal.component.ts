import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TalentTierLevel } from '../../proxy/models';
import { TalentCertificationService } from '../../proxy/services';
import { enumKey, TIER_LEVELS } from '../../shared/enums/enums';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { toCertificationCreateInput } from '../shared/certification-input';
import { ProfilePickerComponent } from './profile-picker.component';

/** Records a new application (人才认定申请) for a talent; each opening starts with an empty form dated today. */
@Component({
  selector: 'tr-certification-apply-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, NzDatePickerModule, TranslatePipe, ProfilePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certification-apply-modal.component.html',
  styles: `
    .two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .full { width: 100%; }
    .field-error { color: #cf1322; font-size: 12px; }
  `,
})
export class CertificationApplyModalComponent {
  private readonly api = inject(TalentCertificationService);

  readonly open = input.required<boolean>();
  readonly closed = output<void>();
  readonly applied = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly tiers = TIER_LEVELS;
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    profileId: new FormControl<string | null>(null, Validators.required),
    level: new FormControl<TalentTierLevel | null>(null, Validators.required),
    certifyingBody: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] }),
    certifiedOn: new FormControl<Date | null>(null, Validators.required),
    validUntil: new FormControl<Date | null>(null),
    certificateNo: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
  });
  protected readonly profileMissing = signal(false);

  constructor() {
    effect(() => {
      if (this.open()) {
        this.form.reset({ profileId: null, level: null, certifyingBody: '', certifiedOn: new Date(), validUntil: null, certificateNo: '' });
        this.profileMissing.set(false);
      }
    });
  }

  protected pickProfile(id: string | null): void {
    this.form.controls.profileId.setValue(id);
    this.profileMissing.set(!id);
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      this.profileMissing.set(!this.form.controls.profileId.value);
      return;
    }
    this.saving.set(true);
    this.api.talentCertificationCreate({ body: toCertificationCreateInput(this.form.getRawValue()) }).subscribe({
      next: () => {
        this.saving.set(false);
        this.applied.emit();
      },
      error: () => this.saving.set(false),
    });
  }
}
