import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey, TIER_LEVELS } from '../../shared/enums/enums';
import { TalentCertificationGetList$Params } from '../../proxy/fn/talent-certification/talent-certification-get-list';
import { TalentCertificationDto, TalentCertificationStatus, TalentTierLevel } from '../../proxy/models';
import { TalentCertificationService } from '../../proxy/services';
import { chinaTime } from '../../shared/time/china-time';
import { CertificationApplyModalComponent } from '../components/certification-apply-modal.component';
import { CertificationImportModalComponent } from '../components/certification-import-modal.component';
import { CertificationRejectModalComponent } from '../components/certification-reject-modal.component';
import { CERTIFICATION_STATUS_COLORS, CERTIFICATION_STATUSES } from '../shared/talent-enums';

/**
 * 人才认定: applications recorded for talents (pending → approved, which gives the profile its tier, or
 * rejected with a comment), and certifications already granted elsewhere, imported from Excel. The page lists,
 * filters and approves; the application, the rejection and the import are dialogs of their own.
 */
@Component({
  selector: 'tr-certifications-page',
  imports: [
    FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzSelectModule, NzPopconfirmModule,
    NzTooltipModule, TranslatePipe, CertificationApplyModalComponent, CertificationRejectModalComponent, CertificationImportModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './certifications.page.html',
  styles: `
    .nowrap { white-space: nowrap; }
    .muted { color: #595959; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .expired { color: #cf1322; }
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

  // The dialogs: which one is open (the application to reject names the rejection dialog's).
  protected readonly applyOpen = signal(false);
  protected readonly importOpen = signal(false);
  protected readonly rejecting = signal<TalentCertificationDto | null>(null);

  protected applied(): void {
    this.applyOpen.set(false);
    this.messages.success(this.localization.t('Certifications:Applied'));
    this.certifications.reload();
  }

  // Decisions

  protected approve(certification: TalentCertificationDto): void {
    this.busyId.set(certification.id);
    this.api.talentCertificationApprove({ id: certification.id, body: { concurrencyStamp: certification.concurrencyStamp } }).subscribe({
      next: () => this.decided('Certifications:ApprovedMessage'),
      error: () => this.decided(),
    });
  }

  protected rejected(ok: boolean): void {
    if (ok) {
      this.rejecting.set(null);
    }
    this.decided(ok ? 'Certifications:RejectedMessage' : undefined);
  }

  private decided(successKey?: string): void {
    this.busyId.set(null);
    if (successKey) {
      this.messages.success(this.localization.t(successKey));
    }
    this.certifications.reload();
  }
}
