import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentCampaignDto, RecruitmentNoticeDto, RecruitmentNoticeObjectionDto } from '../../../proxy/models';
import { HireService, RecruitmentCampaignService, RecruitmentNoticeService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaDate, chinaTime, chinaToday } from '../../../shared/time/china-time';
import { ObjectionAddModalComponent } from '../components/objection-add-modal.component';
import { ObjectionResolveModalComponent } from '../components/objection-resolve-modal.component';
import { NoticePublishModalComponent } from '../components/notice-publish-modal.component';
import { HireDialogComponent } from '../hire-dialog.component';
import { entryState, EntryState, NoticePhase, noticeProgress } from '../shared/notice-state';
import { campaignTitle } from '../shared/outcome-labels';

// Badge tones with text at a 4.5:1 contrast or more (ng-zorro's preset tag colours are lighter).
const STATE_TONES: Record<EntryState, string> = {
  Draft: 'grey', InPeriod: 'blue', ObjectionPending: 'orange', Failed: 'red', Ready: 'green', Hired: 'green-strong',
};

const PHASE_TONES: Record<NoticePhase, string> = { Draft: 'grey', Published: 'orange', Running: 'blue', Ended: 'grey' };

const STATE_KEYS: Record<EntryState, string> = {
  Draft: 'Outcome:StateDraft', InPeriod: 'Outcome:StateInPeriod', ObjectionPending: 'Outcome:StateObjectionPending',
  Failed: 'Outcome:StateFailed', Ready: 'Outcome:StateReady', Hired: 'Outcome:StateHired',
};

const PHASE_KEYS: Record<NoticePhase, string> = {
  Draft: 'Outcome:PhaseDraft', Published: 'Outcome:PhasePublished', Running: 'Outcome:PhaseRunning', Ended: 'Outcome:PhaseEnded',
};

/** 拟聘人员公示: publish a 公示, its period (7 working days from the day after publication), objections and the hires after it. */
@Component({
  selector: 'tr-notice-list-page',
  imports: [
    FormsModule, NzButtonModule, NzCardModule, NzEmptyModule, NzIconModule, NzSelectModule, NzTableModule, TranslatePipe,
    HireDialogComponent, NoticePublishModalComponent, ObjectionAddModalComponent, ObjectionResolveModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notice-list.page.html',
  styles: `
    .notice { display: block; margin-top: 16px; }
    .notice-title { font-size: 16px; font-weight: 600; margin: 0; }
    .period { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 0 0 12px; padding: 0; list-style: none; }
    .period strong { font-weight: 600; }
    .toolbar-field { min-width: 240px; max-width: 100%; }
    .nowrap { white-space: nowrap; }
    .content { white-space: pre-wrap; }
    .badge { display: inline-block; padding: 0 7px; border: 1px solid; border-radius: 4px; font-size: 12px; line-height: 20px; }
    .notice-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-bottom: 12px; }
    .tone-grey { color: #434343; background: #fafafa; border-color: #d9d9d9; }
    .tone-blue { color: #003eb3; background: #e6f4ff; border-color: #91caff; }
    .tone-orange { color: #873800; background: #fff7e6; border-color: #ffd591; }
    .tone-red { color: #a8071a; background: #fff1f0; border-color: #ffa39e; }
    .tone-green { color: #135200; background: #f6ffed; border-color: #b7eb8f; }
    .tone-green-strong { color: #135200; background: #d9f7be; border-color: #73d13d; }
    h3.section { font-size: 14px; font-weight: 600; margin: 12px 0 8px; }
  `,
})
export class NoticeListPage {
  private readonly notices = inject(RecruitmentNoticeService);
  private readonly hiresApi = inject(HireService);
  private readonly campaignsApi = inject(RecruitmentCampaignService);
  private readonly localization = inject(LocalizationService);
  private readonly auth = inject(AuthService);

  protected readonly enumKey = enumKey;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;
  protected readonly stateTones = STATE_TONES;
  protected readonly phaseTones = PHASE_TONES;
  protected readonly canPublicity = this.auth.isGranted(Permissions.RecruitmentCampaigns.Publicity);
  protected readonly canHire = this.auth.isGranted(Permissions.RecruitmentCampaigns.Hire);

  protected readonly campaignId = signal<string | null>(null);
  protected readonly campaigns = rxResource({ stream: () => this.campaignsApi.recruitmentCampaignGetList() });
  protected readonly list = rxResource({
    params: () => ({ campaignId: this.campaignId() ?? undefined }),
    stream: ({ params }) => this.notices.recruitmentNoticeGetList(params),
  });
  private readonly hires = rxResource({
    params: () => ({ campaignId: this.campaignId() ?? undefined }),
    stream: ({ params }) => this.hiresApi.hireGetList(params),
  });
  private readonly hiredIds = computed(() => new Set((this.hires.value() ?? []).map(h => h.applicationId)));
  private readonly today = chinaToday();

  protected readonly publishing = signal(false);
  protected readonly objectionFor = signal<{ notice: RecruitmentNoticeDto; applicationId: string | null } | null>(null);
  protected readonly resolving = signal<{ notice: RecruitmentNoticeDto; objection: RecruitmentNoticeObjectionDto } | null>(null);
  protected readonly hiring = signal<string | null>(null);

  protected campaignName(id: string): string {
    const campaign = this.campaign(id);
    return campaign ? `${campaign.code} ${campaignTitle(campaign, this.localization.isChinese())}` : '';
  }

  protected title(campaign: RecruitmentCampaignDto): string {
    return campaignTitle(campaign, this.localization.isChinese());
  }

  protected position(notice: RecruitmentNoticeDto, positionId: string): string {
    const position = this.campaign(notice.campaignId)?.positions.find(p => p.id === positionId);
    return position ? `${position.code} ${position.name}` : '';
  }

  protected candidate(notice: RecruitmentNoticeDto, applicationId: string): string {
    return notice.entries.find(e => e.applicationId === applicationId)?.candidateName ?? '';
  }

  protected progress(notice: RecruitmentNoticeDto) {
    return noticeProgress(notice, this.today);
  }

  protected state(notice: RecruitmentNoticeDto, applicationId: string): EntryState {
    return entryState(notice, applicationId, this.hiredIds());
  }

  protected stateText(state: EntryState): string {
    return this.localization.t(STATE_KEYS[state]);
  }

  protected phaseText(phase: NoticePhase): string {
    return this.localization.t(PHASE_KEYS[phase]);
  }

  protected publishDraft(notice: RecruitmentNoticeDto): void {
    this.notices.recruitmentNoticePublish({ id: notice.id, body: { concurrencyStamp: notice.concurrencyStamp, publishedOn: this.today } })
      .subscribe(() => this.list.reload());
  }

  protected published(): void {
    this.publishing.set(false);
    this.list.reload();
  }

  protected changed(): void {
    this.objectionFor.set(null);
    this.resolving.set(null);
    this.list.reload();
  }

  protected hired(): void {
    this.hires.reload();
  }

  private campaign(id: string): RecruitmentCampaignDto | undefined {
    return this.campaigns.value()?.find(c => c.id === id);
  }
}
