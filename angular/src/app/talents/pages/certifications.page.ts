import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { toDateOnly } from '../../core/http/date-only';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey, TIER_LEVELS } from '../../shared/enums/enums';
import { TalentCertificationGetList$Params } from '../../proxy/fn/talent-certification/talent-certification-get-list';
import { TalentCertificationDto, TalentCertificationStatus, TalentTierLevel } from '../../proxy/models';
import { TalentCertificationService } from '../../proxy/services';
import { chinaTime } from '../../shared/time/china-time';
import { ProfilePickerComponent } from '../components/profile-picker.component';
import { CERTIFICATION_STATUS_COLORS, CERTIFICATION_STATUSES } from '../shared/talent-enums';
import { ExcelApi, ExcelImportTestIds } from '../../shared/excel-import/excel-import';
import { ExcelImportComponent } from '../../shared/excel-import/excel-import.component';

/**
 * 人才认定: applications recorded for talents (pending → approved, which gives the profile its tier, or
 * rejected with a comment), and certifications already granted elsewhere, imported from Excel.
 */
@Component({
  selector: 'tr-certifications-page',
  imports: [
    FormsModule, ReactiveFormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzSelectModule, NzModalModule,
    NzFormModule, NzInputModule, NzDatePickerModule, NzPopconfirmModule, NzTooltipModule, TranslatePipe,
    ProfilePickerComponent, ExcelImportComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certifications.page.html',
  styles: `
    .nowrap { white-space: nowrap; }
    .muted { color: #8c8c8c; }
    .two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .full { width: 100%; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .expired { color: #cf1322; }
    .field-error { color: #cf1322; font-size: 12px; }
  `,
})
export class CertificationsPage {
  private readonly api = inject(TalentCertificationService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly statuses = CERTIFICATION_STATUSES;
  protected readonly statusColors = CERTIFICATION_STATUS_COLORS;
  protected readonly tiers = TIER_LEVELS;
  protected readonly time = chinaTime;
  protected readonly canApply = computed(() => this.auth.isGranted(Permissions.TalentCertifications.Apply));
  protected readonly canApprove = computed(() => this.auth.isGranted(Permissions.TalentCertifications.Approve));

  protected readonly status = signal<TalentCertificationStatus | null>(null);
  protected readonly level = signal<TalentTierLevel | null>(null);
  protected readonly paging = new PagedTableState<TalentCertificationGetList$Params>(20);
  protected readonly certifications = rxResource({
    params: () => this.paging.request(),
    stream: ({ params }) => this.api.talentCertificationGetList(params),
  });
  protected readonly busyId = signal<string | null>(null);

  protected search(): void {
    this.paging.filterBy({ status: this.status() ?? undefined, level: this.level() ?? undefined });
  }

  // New application

  protected readonly applyOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly applyForm = new FormGroup({
    profileId: new FormControl<string | null>(null, Validators.required),
    level: new FormControl<TalentTierLevel | null>(null, Validators.required),
    certifyingBody: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] }),
    certifiedOn: new FormControl<Date | null>(null, Validators.required),
    validUntil: new FormControl<Date | null>(null),
    certificateNo: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
  });
  protected readonly profileMissing = signal(false);

  protected openApply(): void {
    this.applyForm.reset({ profileId: null, level: null, certifyingBody: '', certifiedOn: new Date(), validUntil: null, certificateNo: '' });
    this.profileMissing.set(false);
    this.applyOpen.set(true);
  }

  protected pickProfile(id: string | null): void {
    this.applyForm.controls.profileId.setValue(id);
    this.profileMissing.set(!id);
  }

  protected submitApplication(): void {
    if (this.applyForm.invalid) {
      markAllDirty(this.applyForm);
      this.profileMissing.set(!this.applyForm.controls.profileId.value);
      return;
    }
    const value = this.applyForm.getRawValue();
    this.saving.set(true);
    this.api.talentCertificationCreate({
      body: {
        profileId: value.profileId!,
        level: value.level!,
        certifyingBody: value.certifyingBody.trim(),
        certifiedOn: toDateOnly(value.certifiedOn!),
        validUntil: value.validUntil ? toDateOnly(value.validUntil) : null,
        certificateNo: value.certificateNo.trim(),
      },
    }).subscribe({
      next: () => {
        this.saving.set(false);
        this.applyOpen.set(false);
        this.messages.success(this.localization.t('Certifications:Applied'));
        this.certifications.reload();
      },
      error: () => this.saving.set(false),
    });
  }

  // Decisions

  protected approve(certification: TalentCertificationDto): void {
    this.busyId.set(certification.id);
    this.api.talentCertificationApprove({ id: certification.id, body: { concurrencyStamp: certification.concurrencyStamp } }).subscribe({
      next: () => this.decided('Certifications:ApprovedMessage'),
      error: () => this.decided(),
    });
  }

  protected readonly rejecting = signal<TalentCertificationDto | null>(null);
  protected readonly rejectComment = signal('');
  protected readonly rejectTouched = signal(false);

  protected openReject(certification: TalentCertificationDto): void {
    this.rejectComment.set('');
    this.rejectTouched.set(false);
    this.rejecting.set(certification);
  }

  protected reject(): void {
    const certification = this.rejecting();
    const comment = this.rejectComment().trim();
    this.rejectTouched.set(true);
    if (!certification || !comment) {
      return;
    }
    this.busyId.set(certification.id);
    this.api.talentCertificationReject({ id: certification.id, body: { comment, concurrencyStamp: certification.concurrencyStamp } }).subscribe({
      next: () => {
        this.rejecting.set(null);
        this.decided('Certifications:RejectedMessage');
      },
      error: () => this.decided(),
    });
  }

  private decided(successKey?: string): void {
    this.busyId.set(null);
    if (successKey) {
      this.messages.success(this.localization.t(successKey));
    }
    this.certifications.reload();
  }

  // Import: the shared Excel flow; each opening of the dialog starts over.

  protected readonly importOpen = signal(false);
  protected readonly importSession = signal(0);
  protected readonly importIds: ExcelImportTestIds = {
    template: 'certification-template',
    export: 'certification-export',
    choose: 'certification-choose',
    file: 'certification-file',
    check: 'certification-check',
    run: 'certification-run-import',
    result: 'certification-import-result',
    errors: 'certification-import-errors',
  };
  protected readonly excel: ExcelApi = {
    template: () => this.api.talentCertificationGetImportTemplate$Response(),
    import: (file, dryRun) => this.api.talentCertificationImport({ dryRun, body: { file } }),
  };

  protected openImport(): void {
    this.importSession.update(session => session + 1);
    this.importOpen.set(true);
  }
}
