import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ApplicationDto, CampaignPositionDto, InterviewShortlistDto, RankingDto, ReplacementDto } from '../../../proxy/models';
import { ApplicationService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';
import { InlineAction } from '../shared/inline-action';
import { rankingRows, replaceable, tiedAtCutOff } from '../shared/scores';

/** 面试名单 (ties at the cut-off admitted), 总成绩/排名 with the position's rounding, 加试 for ties, and 递补 under the notice's policy. */
@Component({
  selector: 'tr-ranking',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, NzTableModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = position();
    @if (error()) {
      <nz-alert class="inline-error" nzType="error" nzShowIcon nzCloseable [nzMessage]="error()!" role="alert" data-testid="ranking-error"
                (nzOnClose)="error.set(null)" />
    }
    @if (p.scoring.method === 'Examination') {
      <h3 class="section-heading">{{ 'CampaignUi:Shortlist' | t }}</h3>
      <p class="hint">{{ 'CampaignUi:ShortlistHint' | t: p.places : (p.scoring.interviewRatio ?? 3) : (p.scoring.writtenPassLine ?? 60) }}</p>
      @if (canManage()) {
        <button nz-button (click)="shortlist()" [nzLoading]="busy() === 'shortlist'" data-testid="shortlist-run">
          {{ 'CampaignUi:ShortlistRun' | t }}</button>
      }
      @if (shortlistResult(); as s) {
        <div class="result" data-testid="shortlist-result">
          <p>{{ 'CampaignUi:ShortlistSummary' | t: s.quota : s.passed : (s.cutOffScore ?? '—') : s.admittedOverQuota }}</p>
          <ul>
            @for (a of admitted(); track a.id) {
              <li data-testid="shortlist-row">{{ a.candidateName }} · {{ a.writtenScore }}
                @if (tiedAtCut().has(a.id)) { <nz-tag nzColor="#ad4e00">{{ 'CampaignUi:TiedAtCutOff' | t }}</nz-tag> }
              </li>
            }
          </ul>
        </div>
      }
    }

    <h3 class="section-heading">{{ 'CampaignUi:Ranking' | t }}</h3>
    <p class="hint" data-testid="ranking-settings">
      {{ 'CampaignUi:RankingSettings' | t: (p.scoring.writtenWeightPercent ?? 0) : (100 - (p.scoring.writtenWeightPercent ?? 0)) : (p.scoring.decimals ?? 2) }}
      {{ enumKey('ScoreRounding', p.scoring.rounding) | t }}
    </p>
    @if (canManage()) {
      <div class="actions">
        <button nz-button nzType="primary" (click)="rank()" [nzLoading]="busy() === 'rank'" data-testid="ranking-run">
          {{ 'CampaignUi:RankRun' | t }}</button>
        <a nz-button routerLink="/recruitment-notices" data-testid="ranking-to-publicity">{{ 'CampaignUi:ToPublicity' | t }}</a>
      </div>
    }
    @if (rows().length === 0) {
      <p class="hint">{{ 'CampaignUi:NotRanked' | t }}</p>
    } @else {
    <div class="table-scroll">
      <nz-table #table nzSize="small" [nzData]="rows()" [nzShowPagination]="false" data-testid="ranking-table">
        <caption class="sr-only">{{ 'CampaignUi:Ranking' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'CampaignUi:Rank' | t }}</th>
            <th scope="col">{{ 'CampaignUi:CandidateName' | t }}</th>
            <th scope="col">{{ 'CampaignUi:WrittenScore' | t }}</th>
            <th scope="col">{{ 'CampaignUi:InterviewScore' | t }}</th>
            <th scope="col">{{ 'CampaignUi:TotalScore' | t }}</th>
            <th scope="col">{{ 'CampaignUi:ExtraTest' | t }}</th>
            <th scope="col">{{ 'CampaignUi:Stage' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track row.id) {
            <tr data-testid="ranking-row" [attr.data-candidate]="row.candidateName" [class.proposed]="row.proposed">
              <td>{{ row.rank }}</td>
              <td>{{ row.candidateName }}
                @if (row.proposed) { <nz-tag nzColor="#237804">{{ 'CampaignUi:ProposedHire' | t }}</nz-tag> }
                @if (row.tied) { <nz-tag nzColor="#ad4e00" data-testid="ranking-tie">{{ 'CampaignUi:TieNeedsExtraTest' | t }}</nz-tag> }
              </td>
              <td>{{ row.written ?? '—' }}</td>
              <td>{{ row.interview ?? '—' }}</td>
              <td>{{ row.total ?? '—' }}</td>
              <td>
                @if (row.tied && canManage()) {
                  <input nz-input class="score" type="number" min="0" max="100" step="0.01" [(ngModel)]="extraTests[row.id]"
                         data-testid="extra-test-score" [attr.aria-label]="('CampaignUi:ExtraTest' | t) + ' ' + row.candidateName" />
                } @else {
                  {{ row.extraTest ?? '' }}
                }
              </td>
              <td>{{ enumKey(row.status === 'Active' ? 'RecruitmentStage' : 'ApplicationStatus', row.status === 'Active' ? row.stage : row.status) | t }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    </div>
    }

    <h3 class="section-heading">{{ 'CampaignUi:ReplacementTitle' | t }}</h3>
    <p class="hint" data-testid="replacement-policy">{{ 'CampaignUi:ReplacementPolicy' | t }}: {{ enumKey('ReplacementPolicy', p.scoring.replacement) | t }}</p>
    <ul>
      @for (a of replaceable(); track a.id) {
        <li>{{ a.candidateName }} ({{ 'CampaignUi:RankN' | t: a.rank }}, {{ enumKey('ApplicationStatus', a.status) | t }}{{ a.statusReason ? ': ' + a.statusReason : '' }})
          @if (canManage()) {
            <button nz-button nzSize="small" (click)="replace(a)" [nzLoading]="busy() === a.id" data-testid="replacement-run"
                    [attr.aria-label]="('CampaignUi:Replace' | t) + ' ' + a.candidateName">{{ 'CampaignUi:Replace' | t }}</button>
          }
        </li>
      } @empty {
        <li class="hint">{{ 'CampaignUi:NothingToReplace' | t }}</li>
      }
    </ul>
    @if (replacement(); as r) {
      <nz-alert [nzType]="r.outcome === 'Selected' ? 'success' : 'warning'" nzShowIcon data-testid="replacement-result"
                [nzMessage]="(enumKey('ReplacementOutcome', r.outcome) | t) + (r.replacement ? ': ' + r.replacement.candidateName : '')" />
    }
  `,
  styles: [CAMPAIGN_STYLES, `
    .score { width: 96px; }
    .proposed td { background: #f6ffed; }
    .result { background: #fafafa; padding: 8px 12px; border-radius: 6px; }
  `],
})
export class RankingComponent {
  private readonly api = inject(ApplicationService);
  private readonly auth = inject(AuthService);

  readonly campaignId = input.required<string>();
  readonly position = input.required<CampaignPositionDto>();
  readonly applications = input.required<readonly ApplicationDto[]>();
  readonly changed = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageApplications));
  private readonly action = new InlineAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  protected readonly shortlistResult = signal<InterviewShortlistDto | null>(null);
  protected readonly ranking = signal<RankingDto | null>(null);
  protected readonly replacement = signal<ReplacementDto | null>(null);
  protected extraTests: Record<string, number | null> = {};

  protected readonly admitted = computed(() => {
    const ids = new Set(this.shortlistResult()?.admitted ?? []);
    return this.applications().filter(a => ids.has(a.id)).sort((a, b) => (b.writtenScore ?? 0) - (a.writtenScore ?? 0));
  });
  protected readonly tiedAtCut = computed(() =>
    tiedAtCutOff(this.shortlistResult()?.admitted ?? [], this.shortlistResult()?.cutOffScore ?? null, this.applications()));
  protected readonly rows = computed(() => rankingRows(this.applications(), this.ranking()));
  protected readonly replaceable = computed(() => replaceable(this.applications()));

  protected shortlist(): void {
    this.run('shortlist', this.api.applicationShortlist({ body: { campaignId: this.campaignId(), positionId: this.position().id } }, INLINE_ERRORS()),
      result => this.shortlistResult.set(result));
  }

  /** Ranks again with the 加试 scores typed for the tied candidates. */
  protected rank(): void {
    const extraTestScores = Object.fromEntries(
      Object.entries(this.extraTests).filter((entry): entry is [string, number] => entry[1] !== null && `${entry[1]}` !== '').map(([id, s]) => [id, Number(s)]));
    this.run('rank', this.api.applicationRank({ body: { campaignId: this.campaignId(), positionId: this.position().id, extraTestScores } }, INLINE_ERRORS()),
      result => this.ranking.set(result));
  }

  protected replace(application: ApplicationDto): void {
    this.run(application.id, this.api.applicationReplace({ id: application.id }, INLINE_ERRORS()), result => this.replacement.set(result));
  }

  private run<T>(key: string, request: Observable<T>, done: (result: T) => void): void {
    this.action.run(key, request, result => {
      done(result);
      this.changed.emit();
    });
  }
}
