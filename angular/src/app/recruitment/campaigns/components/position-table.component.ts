import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CampaignPositionDto, OpeningRatioDecisionDto, RecruitmentCampaignDto } from '../../../proxy/models';
import { RecruitmentCampaignService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaTime, chinaToday } from '../../../shared/time/china-time';
import { CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';
import { InlineAction } from '../shared/inline-action';

/** The notice's positions: places, method, the 开考比例 check with its decision, the exemption, and the link to each board. */
@Component({
  selector: 'tr-position-table',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, NzTableModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = campaign();
    <div class="table-scroll">
      <nz-table #table nzSize="small" [nzData]="c.positions" nzHideOnSinglePage [nzShowPagination]="false" data-testid="position-table">
        <caption class="sr-only">{{ 'CampaignUi:PositionsAndBoards' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'CampaignUi:PositionCode' | t }}</th>
            <th scope="col">{{ 'CampaignUi:PositionName' | t }}</th>
            <th scope="col">{{ 'CampaignUi:Places' | t }}</th>
            <th scope="col">{{ 'CampaignUi:Method' | t }}</th>
            <th scope="col">{{ 'CampaignUi:OpeningRatioCheck' | t }}</th>
            <th scope="col">{{ 'Common:Actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of table.data; track p.id) {
            <tr [attr.data-position-code]="p.code">
              <td>{{ p.code }}</td>
              <td>{{ p.name }}
                @if (p.isCancelled) { <nz-tag nzColor="#a8071a">{{ 'CampaignUi:PositionCancelled' | t }}</nz-tag> }
              </td>
              <td class="nowrap">
                {{ p.places }}
                @if (p.placesBeforeOpeningRatio !== null && p.placesBeforeOpeningRatio !== p.places) {
                  <span class="hint">({{ 'CampaignUi:WasPlaces' | t: p.placesBeforeOpeningRatio }})</span>
                }
              </td>
              <td>{{ enumKey('RecruitmentMethod', p.scoring.method) | t }}</td>
              <td data-testid="opening-ratio-state">
                @if (p.scoring.method === 'DirectAssessment') {
                  {{ 'Enum:OpeningRatioDecision.NotApplicable' | t }}
                } @else {
                  <div>1:{{ p.scoring.openingRatio }} · {{ enumKey('OpeningRatioShortfall', p.scoring.shortfall) | t }}</div>
                  @if (p.openingRatioDecidedAt) {
                    <div>{{ 'CampaignUi:QualifiedN' | t: p.openingRatioQualifiedApplicants }} · {{ time(p.openingRatioDecidedAt) }}</div>
                  }
                  @if (p.exemption; as e) {
                    <nz-tag nzColor="#874d00">{{ 'CampaignUi:Exempted' | t }}: {{ e.approvalReference }} ({{ e.approvedOn }})</nz-tag>
                  }
                }
              </td>
              <td>
                <div class="row-actions">
                  @if (c.status !== 'Draft') {
                    <a nz-button nzSize="small" [routerLink]="['/recruitment-campaigns', c.id, 'positions', p.id]" data-testid="position-board-link">
                      {{ 'CampaignUi:Board' | t }}
                    </a>
                  }
                  @if (canManage() && c.status === 'Published' && !p.isCancelled && p.scoring.method === 'Examination') {
                    <button nz-button nzSize="small" (click)="decide(p)" [nzLoading]="busy() === p.id" data-testid="opening-ratio-decide">
                      {{ 'CampaignUi:DecideOpeningRatio' | t }}
                    </button>
                    <button nz-button nzSize="small" (click)="openExemption(p)" data-testid="opening-ratio-exempt">
                      {{ 'CampaignUi:RecordExemption' | t }}
                    </button>
                  }
                </div>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </div>
    @if (decision(); as d) {
      <nz-alert class="inline-error" [nzType]="d.decision === 'Cancelled' ? 'warning' : 'success'" nzShowIcon data-testid="opening-ratio-decision"
                [nzMessage]="(enumKey('OpeningRatioDecision', d.decision) | t) + ' — ' + ('CampaignUi:DecisionDetail' | t: d.qualifiedApplicants : d.requiredApplicants : d.originalPlaces : d.placesKept)" />
    }
    @if (error()) {
      <nz-alert class="inline-error" nzType="error" nzShowIcon [nzMessage]="error()!" role="alert" data-testid="position-error" />
    }
    @if (exempting(); as p) {
      <form class="exemption" (ngSubmit)="saveExemption(p)" [attr.aria-label]="'CampaignUi:RecordExemption' | t">
        <h3 class="section-heading">{{ 'CampaignUi:RecordExemption' | t }} — {{ p.code }} {{ p.name }}</h3>
        <div class="field-grid">
          <label class="field wide">{{ 'CampaignUi:ExemptionReason' | t }}
            <input nz-input [(ngModel)]="exemptionReason" name="reason" maxlength="500" required data-testid="exemption-reason" /></label>
          <label class="field">{{ 'CampaignUi:ApprovalReference' | t }}
            <input nz-input [(ngModel)]="approvalReference" name="reference" maxlength="100" required data-testid="exemption-reference" /></label>
          <label class="field">{{ 'CampaignUi:ApprovedOn' | t }}
            <input nz-input type="date" [(ngModel)]="approvedOn" name="approvedOn" required /></label>
        </div>
        <div class="actions">
          <button nz-button nzType="primary" type="submit" [disabled]="!exemptionReason.trim() || !approvalReference.trim() || !approvedOn"
                  data-testid="exemption-save">{{ 'Common:Save' | t }}</button>
          <button nz-button type="button" (click)="exempting.set(null)">{{ 'Common:Cancel' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: [CAMPAIGN_STYLES, `
    .row-actions { display: flex; flex-wrap: wrap; gap: 4px; }
    .exemption { background: #fafafa; padding: 8px 12px; border-radius: 6px; }
  `],
})
export class PositionTableComponent {
  private readonly api = inject(RecruitmentCampaignService);
  private readonly auth = inject(AuthService);

  readonly campaign = input.required<RecruitmentCampaignDto>();
  readonly changed = output<RecruitmentCampaignDto>();

  protected readonly enumKey = enumKey;
  protected readonly time = chinaTime;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageCampaigns));
  private readonly action = new InlineAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  protected readonly decision = signal<OpeningRatioDecisionDto | null>(null);
  protected readonly exempting = signal<CampaignPositionDto | null>(null);
  protected exemptionReason = '';
  protected approvalReference = '';
  protected approvedOn: string | null = chinaToday();

  /** Counts the qualified applicants against the ratio and applies the position's shortfall setting (reduce or cancel). */
  protected decide(position: CampaignPositionDto): void {
    const campaign = this.campaign();
    this.action.run(position.id, this.api.recruitmentCampaignDecideOpeningRatio({ id: campaign.id, positionId: position.id }, INLINE_ERRORS()), decision => {
      this.decision.set(decision);
      this.changed.emit({ ...campaign, positions: campaign.positions.map(p => (p.id === position.id ? decision.position : p)) });
    });
  }

  protected openExemption(position: CampaignPositionDto): void {
    this.exempting.set(position);
    this.exemptionReason = position.exemption?.reason ?? '';
    this.approvalReference = position.exemption?.approvalReference ?? '';
  }

  protected saveExemption(position: CampaignPositionDto): void {
    this.action.run('exemption', this.api.recruitmentCampaignSetExemption({
      id: this.campaign().id, positionId: position.id,
      body: { reason: this.exemptionReason.trim(), approvalReference: this.approvalReference.trim(), approvedOn: this.approvedOn },
    }, INLINE_ERRORS()), campaign => {
      this.exempting.set(null);
      this.changed.emit(campaign);
    });
  }
}
