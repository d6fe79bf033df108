import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RECRUITMENT_CAMPAIGN_STATUS } from '../../../proxy/models/recruitment-campaign-status-array';
import { RecruitmentCampaignStatus } from '../../../proxy/models';
import { RecruitmentCampaignService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { CAMPAIGN_STATUS_COLORS, CAMPAIGN_STYLES, campaignTitle } from '../shared/campaign-texts';
import { LocalizationService } from '../../../core/i18n/localization.service';

/** 招聘公告 of the caller's zone: code, title, status, registration period, notice period; filter by year and status. */
@Component({
  selector: 'tr-campaign-list-page',
  imports: [FormsModule, RouterLink, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="titleTpl" [nzExtra]="createButton">
      <ng-template #titleTpl><h1 class="card-heading">{{ 'CampaignUi:Title' | t }}</h1></ng-template>
      <div class="page-toolbar">
        <label class="inline-field">
          <span>{{ 'CampaignUi:Year' | t }}</span>
          <input nz-input type="number" class="narrow" min="2000" max="2100" [ngModel]="year()" (ngModelChange)="year.set($event || null)"
                 data-testid="campaign-filter-year" />
        </label>
        <label class="inline-field">
          <span>{{ 'CampaignUi:Status' | t }}</span>
          <select class="native-select" [ngModel]="status()" (ngModelChange)="status.set($event || null)" data-testid="campaign-filter-status">
            <option [ngValue]="null">{{ 'CampaignUi:All' | t }}</option>
            @for (item of statuses; track item) {
              <option [ngValue]="item">{{ enumKey('RecruitmentCampaignStatus', item) | t }}</option>
            }
          </select>
        </label>
      </div>
      <ng-template #createButton>
        @if (canManage()) {
          <a nz-button nzType="primary" routerLink="/recruitment-campaigns/new" data-testid="campaign-new">
            <span nz-icon nzType="plus"></span>{{ 'CampaignUi:New' | t }}
          </a>
        }
      </ng-template>
      <div class="table-scroll">
        <nz-table #table nzSize="small" [nzData]="(campaigns.hasValue() ? campaigns.value() : [])" [nzLoading]="campaigns.isLoading()" nzHideOnSinglePage
                  data-testid="campaign-table">
          <caption class="sr-only">{{ 'CampaignUi:Title' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'CampaignUi:Code' | t }}</th>
              <th scope="col">{{ 'CampaignUi:CampaignTitle' | t }}</th>
              <th scope="col">{{ 'CampaignUi:Zone' | t }}</th>
              <th scope="col">{{ 'CampaignUi:Status' | t }}</th>
              <th scope="col">{{ 'CampaignUi:Registration' | t }}</th>
              <th scope="col">{{ 'CampaignUi:NoticePeriod' | t }}</th>
              <th scope="col">{{ 'CampaignUi:Positions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (campaign of table.data; track campaign.id) {
              <tr [attr.data-campaign-code]="campaign.code">
                <td class="nowrap">{{ campaign.code }}</td>
                <td><a [routerLink]="['/recruitment-campaigns', campaign.id]" data-testid="campaign-link">{{ title(campaign) }}</a></td>
                <td>{{ zoneName() }}</td>
                <td><nz-tag [nzColor]="statusColors[campaign.status]">{{ enumKey('RecruitmentCampaignStatus', campaign.status) | t }}</nz-tag></td>
                <td class="nowrap">{{ campaign.registrationStart }} – {{ campaign.registrationEnd }}</td>
                <td class="nowrap">
                  @if (campaign.publishedOn) { {{ campaign.publishedOn }} – {{ campaign.noticeEndsOn }} } @else { — }
                </td>
                <td>{{ campaign.positions.length }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>
  `,
  styles: [CAMPAIGN_STYLES, `.narrow { width: 110px; }`],
})
export class CampaignListPage {
  private readonly api = inject(RecruitmentCampaignService);
  private readonly auth = inject(AuthService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly statuses = RECRUITMENT_CAMPAIGN_STATUS;
  protected readonly statusColors = CAMPAIGN_STATUS_COLORS;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageCampaigns));
  /** Campaigns are isolated to the caller's zone, so the zone column names the caller's zone. */
  protected readonly zoneName = computed(() => {
    const zone = this.auth.currentUser()?.zone;
    return zone ? (this.localization.isChinese() ? zone.nameZh : zone.nameEn || zone.nameZh) : '';
  });
  protected readonly year = signal<number | null>(null);
  protected readonly status = signal<RecruitmentCampaignStatus | null>(null);
  protected readonly campaigns = rxResource({
    params: () => ({ year: this.year() ?? undefined, status: this.status() ?? undefined }),
    stream: ({ params }) => this.api.recruitmentCampaignGetList(params),
  });

  protected title(campaign: { titleZh: string; titleEn: string | null }): string {
    return campaignTitle(campaign, this.localization.isChinese());
  }
}
