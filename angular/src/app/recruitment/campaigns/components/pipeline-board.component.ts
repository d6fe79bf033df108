import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ApplicationDto, CampaignPositionDto } from '../../../proxy/models';
import { ApplicationService, RecruitmentCampaignService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';
import { InlineAction } from '../shared/inline-action';
import { boardColumns, BoardColumn, columnTitleKey, groupByColumn, isMovable, nextStage } from '../shared/stages';

/**
 * One position's pipeline: a column per stage (and 开考比例, failed, withdrawn), a card per candidate. Advance and fail
 * call the server, which guards the order; a refusal is shown here and the card stays where the server keeps it.
 */
@Component({
  selector: 'tr-pipeline-board',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error()) {
      <nz-alert class="inline-error" nzType="error" nzShowIcon nzCloseable [nzMessage]="error()!" role="alert" data-testid="board-error"
                (nzOnClose)="error.set(null)" />
    }
    @if (failing(); as a) {
      <form class="fail-form" (ngSubmit)="fail(a)" [attr.aria-label]="'CampaignUi:FailCandidate' | t: a.candidateName">
        <label class="field">{{ 'CampaignUi:FailReason' | t: a.candidateName }}
          <input nz-input [(ngModel)]="reason" name="reason" maxlength="500" required data-testid="fail-reason" /></label>
        <div class="actions">
          <button nz-button type="submit" [disabled]="!reason.trim()" data-testid="fail-confirm">
            {{ 'CampaignUi:FailConfirm' | t }}</button>
          <button nz-button type="button" (click)="failing.set(null)">{{ 'Common:Cancel' | t }}</button>
        </div>
      </form>
    }
    <div class="board" tabindex="0" role="region" [attr.aria-label]="'CampaignUi:Board' | t">
      @for (column of columns(); track column) {
        <section class="column" [attr.data-testid]="'stage-' + column" [attr.aria-labelledby]="'col-' + column">
          <h3 class="column-title" [id]="'col-' + column">
            {{ columnTitleKey(column) | t }} <span class="count">{{ groups().get(column)?.length ?? 0 }}</span>
          </h3>
          @if (column === 'OpeningRatio') {
            <p class="hint" data-testid="opening-ratio-column">
              1:{{ position().scoring.openingRatio }} ·
              @if (position().exemption) { {{ 'CampaignUi:Exempted' | t }} }
              @else if (position().openingRatioDecidedAt) { {{ 'CampaignUi:QualifiedN' | t: position().openingRatioQualifiedApplicants }} }
              @else { {{ 'CampaignUi:NotDecided' | t }} }
            </p>
            @if (canDecide() && !position().isCancelled) {
              <button nz-button nzSize="small" (click)="decideOpeningRatio()" [nzLoading]="busy() === 'ratio'" data-testid="board-opening-ratio-decide">
                {{ 'CampaignUi:DecideOpeningRatio' | t }}</button>
            }
          }
          @for (a of groups().get(column) ?? []; track a.id) {
            <article class="card" data-testid="candidate-card" [attr.data-candidate]="a.candidateName" [attr.aria-label]="a.candidateName">
              <div class="name">{{ a.candidateName }}</div>
              <div class="meta">{{ a.idNumber }}</div>
              @if (a.writtenScore !== null || a.interviewScore !== null) {
                <div class="meta">{{ 'CampaignUi:ScoresShort' | t: (a.writtenScore ?? '—') : (a.interviewScore ?? '—') : (a.totalScore ?? '—') }}</div>
              }
              @if (a.rank !== null) { <nz-tag nzColor="#0050b3">{{ 'CampaignUi:RankN' | t: a.rank }}</nz-tag> }
              @if (a.needsExtraTest) { <nz-tag nzColor="#ad4e00">{{ 'CampaignUi:ExtraTest' | t }}</nz-tag> }
              @if (a.replacesApplicationId) { <nz-tag nzColor="#391085">{{ 'CampaignUi:Replacement' | t }}</nz-tag> }
              @if (a.relatives.length > 0) {
                <nz-tag nzColor="#874d00" data-testid="avoidance-flag">{{ 'CampaignUi:RelativesDeclared' | t: a.relatives.length }}</nz-tag>
              }
              @if (a.statusReason) { <div class="meta reason">{{ a.failedAtStage ? (enumKey('RecruitmentStage', a.failedAtStage) | t) + ': ' : '' }}{{ a.statusReason }}</div> }
              @if (canMove() && isMovable(a)) {
                <div class="card-actions">
                  @if (next(a); as to) {
                    <button nz-button nzSize="small" nzType="primary" (click)="advance(a, to)" [nzLoading]="busy() === a.id"
                            data-testid="card-advance" [attr.aria-label]="('CampaignUi:AdvanceTo' | t: (enumKey('RecruitmentStage', to) | t)) + ' ' + a.candidateName">
                      {{ 'CampaignUi:AdvanceTo' | t: (enumKey('RecruitmentStage', to) | t) }}
                    </button>
                  }
                  <button nz-button nzSize="small" (click)="startFail(a)" data-testid="card-fail"
                          [attr.aria-label]="('CampaignUi:Fail' | t) + ' ' + a.candidateName">
                    {{ 'CampaignUi:Fail' | t }}
                  </button>
                </div>
              }
            </article>
          }
        </section>
      }
    </div>
  `,
  styles: [CAMPAIGN_STYLES, `
    .board { display: flex; gap: 8px; overflow-x: auto; padding-bottom: 8px; align-items: flex-start; }
    .column { flex: 0 0 200px; background: #f5f5f5; border-radius: 6px; padding: 8px; min-height: 120px; }
    .column-title { font-size: 13px; font-weight: 600; margin: 0 0 8px; display: flex; justify-content: space-between; }
    .count { color: #595959; font-weight: normal; }
    .card { background: #fff; border: 1px solid #d9d9d9; border-radius: 6px; padding: 6px 8px; margin-bottom: 6px; }
    .name { font-weight: 600; }
    .meta { font-size: 12px; color: #595959; word-break: break-all; }
    .reason { color: #a8071a; }
    .card-actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
    .fail-form { background: #fff1f0; padding: 8px 12px; border-radius: 6px; margin-bottom: 8px; }
  `],
})
export class PipelineBoardComponent {
  private readonly api = inject(ApplicationService);
  private readonly campaignApi = inject(RecruitmentCampaignService);
  private readonly auth = inject(AuthService);

  readonly campaignId = input.required<string>();
  readonly position = input.required<CampaignPositionDto>();
  readonly applications = input.required<readonly ApplicationDto[]>();
  /** After a move the page reloads the position's applications. */
  readonly changed = output<void>();
  /** After the 开考比例 decision the page reloads the notice (places may be reduced or the position cancelled). */
  readonly positionChanged = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly columnTitleKey = columnTitleKey;
  protected readonly isMovable = isMovable;
  protected readonly canDecide = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageCampaigns));
  protected readonly canMove = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageApplications));
  protected readonly columns = computed<BoardColumn[]>(() => boardColumns(this.position().scoring.method, this.position().scoring.checkOrder));
  protected readonly groups = computed(() => groupByColumn(this.applications(), this.columns()));
  private readonly action = new InlineAction('CampaignUi:MoveRefused');
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  protected readonly failing = signal<ApplicationDto | null>(null);
  protected reason = '';

  protected next(application: ApplicationDto) {
    return nextStage(application.stage, this.position().scoring.method, this.position().scoring.checkOrder);
  }

  protected advance(application: ApplicationDto, to: ApplicationDto['stage']): void {
    this.action.run(application.id, this.api.applicationAdvance({ id: application.id, body: { to } }, INLINE_ERRORS()),
      () => this.changed.emit(), `${application.candidateName}: `);
  }

  /** Counts the qualified applicants against the ratio; the decision (met, reduced, cancelled) shows in the column. */
  protected decideOpeningRatio(): void {
    this.action.run('ratio', this.campaignApi.recruitmentCampaignDecideOpeningRatio({ id: this.campaignId(), positionId: this.position().id }, INLINE_ERRORS()),
      () => this.positionChanged.emit());
  }

  protected startFail(application: ApplicationDto): void {
    this.reason = '';
    this.failing.set(application);
  }

  protected fail(application: ApplicationDto): void {
    this.action.run(application.id, this.api.applicationFail({ id: application.id, body: { reason: this.reason.trim() } }, INLINE_ERRORS()), () => {
      this.failing.set(null);
      this.changed.emit();
    }, `${application.candidateName}: `);
  }
}
