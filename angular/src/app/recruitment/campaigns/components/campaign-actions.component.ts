import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentCampaignDto } from '../../../proxy/models';
import { RecruitmentCampaignService } from '../../../proxy/services';
import { chinaTime } from '../../../shared/time/china-time';
import { amendedFieldKey, CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';
import { InlineAction } from '../shared/inline-action';

/** A published notice: its 变更公告 history, a new 变更公告 (dates, withdrawn positions, reason), close and cancel. */
@Component({
  selector: 'tr-campaign-actions',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, NzPopconfirmModule, NzTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = campaign();
    <h2 class="section-heading">{{ 'CampaignUi:Amendments' | t }}</h2>
    @if (c.amendments.length === 0) {
      <p class="hint">{{ 'CampaignUi:NoAmendments' | t }}</p>
    } @else {
    <div class="table-scroll">
      <nz-table #history nzSize="small" [nzData]="c.amendments" [nzShowPagination]="false" data-testid="amendment-history">
        <caption class="sr-only">{{ 'CampaignUi:Amendments' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{{ 'CampaignUi:AmendReason' | t }}</th>
            <th scope="col">{{ 'CampaignUi:Changes' | t }}</th>
            <th scope="col">{{ 'CampaignUi:AmendedBy' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of history.data; track a.sequence) {
            <tr>
              <td>{{ a.sequence }}</td>
              <td>{{ a.reason }}</td>
              <td>
                @for (change of a.changes; track $index) {
                  <div>{{ fieldLabel(change.field) | t }}: {{ change.before ?? '—' }} → {{ change.after ?? '—' }}</div>
                }
              </td>
              <td class="nowrap">{{ a.amendedByName }} {{ time(a.amendedAt) }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </div>
    }

    @if (canManage() && c.status === 'Published') {
      <form class="amend" (ngSubmit)="amend(c)" [attr.aria-label]="'CampaignUi:Amend' | t" data-testid="amend-form">
        <h3 class="section-heading">{{ 'CampaignUi:Amend' | t }}</h3>
        <div class="field-grid">
          <label class="field wide">{{ 'CampaignUi:AmendReason' | t }}
            <input nz-input [(ngModel)]="reason" name="reason" maxlength="500" required data-testid="amend-reason" /></label>
          <label class="field">{{ 'CampaignUi:RegistrationStart' | t }}
            <input nz-input type="date" [(ngModel)]="dates.registrationStart" name="regStart" /></label>
          <label class="field">{{ 'CampaignUi:RegistrationEnd' | t }}
            <input nz-input type="date" [(ngModel)]="dates.registrationEnd" name="regEnd" data-testid="amend-registration-end" /></label>
          <label class="field">{{ 'CampaignUi:WrittenExamOn' | t }}
            <input nz-input type="date" [(ngModel)]="dates.writtenExamOn" name="writtenOn" /></label>
          <label class="field">{{ 'CampaignUi:InterviewOn' | t }}
            <input nz-input type="date" [(ngModel)]="dates.interviewOn" name="interviewOn" /></label>
          <label class="field">{{ 'CampaignUi:MedicalOn' | t }}
            <input nz-input type="date" [(ngModel)]="dates.medicalOn" name="medicalOn" /></label>
          <label class="field">{{ 'CampaignUi:AssessmentOn' | t }}
            <input nz-input type="date" [(ngModel)]="dates.assessmentOn" name="assessmentOn" /></label>
        </div>
        <fieldset>
          <legend class="field">{{ 'CampaignUi:WithdrawPositions' | t }}</legend>
          @for (p of c.positions; track p.id) {
            @if (!p.isCancelled) {
              <label class="check"><input type="checkbox" [checked]="cancelled.has(p.id)" (change)="toggle(p.id)" /> {{ p.code }} {{ p.name }}</label>
            }
          }
        </fieldset>
        <div class="actions">
          <button nz-button nzType="primary" type="submit" [disabled]="!reason.trim()" [nzLoading]="!!busy()" data-testid="amend-save">
            {{ 'CampaignUi:AmendButton' | t }}
          </button>
        </div>
      </form>
    }
    @if (error()) {
      <nz-alert class="inline-error" nzType="error" nzShowIcon [nzMessage]="error()!" role="alert" data-testid="campaign-action-error" />
    }
    @if (canManage() && c.status === 'Published') {
      <div class="actions">
        <button nz-button nz-popconfirm [nzPopconfirmTitle]="'CampaignUi:CloseConfirm' | t" (nzOnConfirm)="close(c)" data-testid="campaign-close">
          {{ 'CampaignUi:Close' | t }}
        </button>
        <label class="inline-field">{{ 'CampaignUi:CancelReason' | t }}
          <input nz-input [(ngModel)]="cancelReason" name="cancelReason" maxlength="500" data-testid="campaign-cancel-reason" /></label>
        <button nz-button [disabled]="!cancelReason.trim()" (click)="cancel(c)" data-testid="campaign-cancel">
          {{ 'CampaignUi:CancelCampaign' | t }}
        </button>
      </div>
    }
    @if (c.cancelReason) {
      <p>{{ 'CampaignUi:CancelReason' | t }}: {{ c.cancelReason }}</p>
    }
  `,
  styles: [CAMPAIGN_STYLES, `.amend { background: #fafafa; padding: 8px 12px; border-radius: 6px; margin-top: 12px; }`],
})
export class CampaignActionsComponent implements OnInit {
  private readonly api = inject(RecruitmentCampaignService);
  private readonly auth = inject(AuthService);

  readonly campaign = input.required<RecruitmentCampaignDto>();
  readonly changed = output<RecruitmentCampaignDto>();

  protected readonly time = chinaTime;
  protected readonly fieldLabel = amendedFieldKey;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageCampaigns));
  private readonly action = new InlineAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  protected reason = '';
  protected cancelReason = '';
  protected readonly cancelled = new Set<string>();
  /** The 变更公告 starts from the notice's current dates. */
  protected dates: Record<'registrationStart' | 'registrationEnd' | 'writtenExamOn' | 'interviewOn' | 'medicalOn' | 'assessmentOn', string | null> = {
    registrationStart: null, registrationEnd: null, writtenExamOn: null, interviewOn: null, medicalOn: null, assessmentOn: null,
  };

  ngOnInit(): void {
    const c = this.campaign();
    this.dates = {
      registrationStart: c.registrationStart, registrationEnd: c.registrationEnd, writtenExamOn: c.writtenExamOn,
      interviewOn: c.interviewOn, medicalOn: c.medicalOn, assessmentOn: c.assessmentOn,
    };
  }

  protected toggle(id: string): void {
    if (!this.cancelled.delete(id)) {
      this.cancelled.add(id);
    }
  }

  protected amend(campaign: RecruitmentCampaignDto): void {
    this.action.run('amend', this.api.recruitmentCampaignAmend({
      id: campaign.id, body: { reason: this.reason.trim(), ...this.dates, cancelledPositionIds: [...this.cancelled] },
    }, INLINE_ERRORS()), amended => {
      this.reason = '';
      this.cancelled.clear();
      this.changed.emit(amended);
    });
  }

  protected close(campaign: RecruitmentCampaignDto): void {
    this.action.run('close', this.api.recruitmentCampaignClose({ id: campaign.id }, INLINE_ERRORS()), closed => this.changed.emit(closed));
  }

  protected cancel(campaign: RecruitmentCampaignDto): void {
    this.action.run('cancel', this.api.recruitmentCampaignCancel({ id: campaign.id, body: { reason: this.cancelReason.trim() } }, INLINE_ERRORS()),
      cancelled => this.changed.emit(cancelled));
  }
}
