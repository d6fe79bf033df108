import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ApplicationService, RecruitmentCampaignService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { PipelineBoardComponent } from '../components/pipeline-board.component';
import { RankingComponent } from '../components/ranking.component';
import { RegisterFormComponent } from '../components/register-form.component';
import { ScoreEntryComponent } from '../components/score-entry.component';
import { CAMPAIGN_STYLES, campaignTitle } from '../shared/campaign-texts';

/** One position of a notice: the pipeline board, 报名 on behalf of a candidate, score entry and import, ranking and 递补. */
@Component({
  selector: 'tr-position-board-page',
  imports: [
    RouterLink, NzButtonModule, NzCardModule, NzIconModule, NzTabsModule, NzTagModule, TranslatePipe,
    PipelineBoardComponent, RegisterFormComponent, ScoreEntryComponent, RankingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="titleTpl" [nzExtra]="backTpl">
      <ng-template #titleTpl>
        <h1 class="card-heading">
          @if (position(); as p) { {{ p.code }} {{ p.name }} } @else { {{ 'CampaignUi:Board' | t }} }
        </h1>
      </ng-template>
      <ng-template #backTpl>
        <a [routerLink]="['/recruitment-campaigns', id()]" data-testid="board-back">{{ campaignName() || ('CampaignUi:BackToCampaign' | t) }}</a>
      </ng-template>
      @if (position(); as p) {
        <p class="hint">
          {{ 'CampaignUi:PlacesN' | t: p.places }} · {{ enumKey('RecruitmentMethod', p.scoring.method) | t }} ·
          {{ enumKey('CheckOrder', p.scoring.checkOrder) | t }}
          @if (p.isCancelled) { <nz-tag nzColor="#a8071a">{{ 'CampaignUi:PositionCancelled' | t }}</nz-tag> }
        </p>
        <nz-tabs>
          <nz-tab [nzTitle]="'CampaignUi:Board' | t">
            <ng-template nz-tab>
              <tr-pipeline-board [campaignId]="id()" [position]="p" [applications]="apps()" (changed)="applications.reload()"
                                 (positionChanged)="campaign.reload(); applications.reload()" />
            </ng-template>
          </nz-tab>
          @if (canRegister() && campaignDto()?.status === 'Published' && !p.isCancelled) {
            <nz-tab [nzTitle]="'CampaignUi:Register' | t">
              <ng-template nz-tab>
                <tr-register-form [campaignId]="id()" [position]="p" (registered)="applications.reload()" />
              </ng-template>
            </nz-tab>
          }
          <nz-tab [nzTitle]="'CampaignUi:ScoreEntry' | t">
            <ng-template nz-tab>
              <tr-score-entry [campaignId]="id()" [applications]="apps()" (changed)="applications.reload()" />
            </ng-template>
          </nz-tab>
          <nz-tab [nzTitle]="'CampaignUi:Ranking' | t">
            <ng-template nz-tab>
              <tr-ranking [campaignId]="id()" [position]="p" [applications]="apps()" (changed)="applications.reload()" />
            </ng-template>
          </nz-tab>
        </nz-tabs>
      }
    </nz-card>
  `,
  styles: [CAMPAIGN_STYLES],
})
export class PositionBoardPage {
  private readonly campaignApi = inject(RecruitmentCampaignService);
  private readonly applicationApi = inject(ApplicationService);
  private readonly auth = inject(AuthService);
  private readonly localization = inject(LocalizationService);

  readonly id = input.required<string>();
  readonly positionId = input.required<string>();

  protected readonly enumKey = enumKey;
  protected readonly canRegister = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageApplications));
  protected readonly campaign = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.campaignApi.recruitmentCampaignGet({ id: params }),
  });
  protected readonly campaignDto = computed(() => (this.campaign.hasValue() ? this.campaign.value() : null));
  protected readonly apps = computed(() => (this.applications.hasValue() ? this.applications.value() : []));
  protected readonly position = computed(() => this.campaignDto()?.positions.find(p => p.id === this.positionId()) ?? null);
  protected readonly campaignName = computed(() => {
    const c = this.campaignDto();
    return c ? `${c.code} ${campaignTitle(c, this.localization.isChinese())}` : '';
  });
  protected readonly applications = rxResource({
    params: () => ({ campaignId: this.id(), positionId: this.positionId() }),
    stream: ({ params }) => this.applicationApi.applicationGetList(params),
  });
}
