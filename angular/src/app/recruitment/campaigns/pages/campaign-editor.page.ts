import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentCampaignDto, RecruitmentPlanLineDto } from '../../../proxy/models';
import { RecruitmentCampaignService, RecruitmentPlanService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaToday } from '../../../shared/time/china-time';
import { CampaignActionsComponent } from '../components/campaign-actions.component';
import { PositionFieldsComponent } from '../components/position-fields.component';
import { PositionTableComponent } from '../components/position-table.component';
import { CampaignForm, campaignFormFromDto, newCampaignForm, positionFromLine, toCampaignInput } from '../shared/campaign-form';
import { CAMPAIGN_STATUS_COLORS, CAMPAIGN_STYLES, campaignTitle, INLINE_ERRORS, refusal } from '../shared/campaign-texts';

/**
 * A 招聘公告: a new one from an approved plan's lines, a draft being edited and published, or a published notice whose
 * conditions are read-only (changes go through a 变更公告, see the actions below), with its positions.
 */
@Component({
  selector: 'tr-campaign-editor-page',
  imports: [
    FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzInputModule, NzTagModule, TranslatePipe,
    PositionFieldsComponent, PositionTableComponent, CampaignActionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="titleTpl" [nzExtra]="backTpl">
      <ng-template #titleTpl>
        <h1 class="card-heading">
          @if (campaign(); as c) {
            {{ c.code }} {{ title(c) }}
            <nz-tag [nzColor]="statusColors[c.status]" data-testid="campaign-status">{{ enumKey('RecruitmentCampaignStatus', c.status) | t }}</nz-tag>
          } @else {
            {{ 'CampaignUi:New' | t }}
          }
        </h1>
      </ng-template>
      <ng-template #backTpl><a routerLink="/recruitment-campaigns">{{ 'CampaignUi:BackToList' | t }}</a></ng-template>

      @if (form(); as f) {
        @if (!editable() && campaign()?.status === 'Draft') {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="'CampaignUi:ReadOnlyNoPermission' | t" />
        }
        @if (campaign() && campaign()!.status !== 'Draft') {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="'CampaignUi:ConditionsLocked' | t" data-testid="conditions-locked" />
        }
        <fieldset [disabled]="!editable()">
          <legend class="sr-only">{{ 'CampaignUi:General' | t }}</legend>
          <h2 class="section-heading">{{ 'CampaignUi:General' | t }}</h2>
          <div class="field-grid">
            @if (isNew()) {
              <label class="field">{{ 'CampaignUi:Plan' | t }}
                <select class="native-select" [ngModel]="planId()" (ngModelChange)="choosePlan($event)" name="plan" data-testid="campaign-plan">
                  <option [ngValue]="null">—</option>
                  @for (plan of (plans.hasValue() ? plans.value() : []); track plan.id) {
                    <option [ngValue]="plan.id">{{ plan.number }} {{ plan.title }}</option>
                  }
                </select></label>
            }
            <label class="field">{{ 'CampaignUi:Year' | t }}
              <input nz-input type="number" min="2000" max="2100" [(ngModel)]="f.year" name="year" /></label>
            <label class="field">{{ 'CampaignUi:Code' | t }}
              <input nz-input [(ngModel)]="f.code" name="code" maxlength="32" data-testid="campaign-code" /></label>
            <label class="field wide">{{ 'CampaignUi:TitleZh' | t }}
              <input nz-input [(ngModel)]="f.titleZh" name="titleZh" maxlength="200" data-testid="campaign-title-zh" /></label>
            <label class="field wide">{{ 'CampaignUi:TitleEn' | t }}
              <input nz-input [(ngModel)]="f.titleEn" name="titleEn" maxlength="200" /></label>
            <label class="field">{{ 'CampaignUi:NoticeWorkingDays' | t }}
              <input nz-input type="number" min="1" max="60" [(ngModel)]="f.noticeWorkingDays" name="noticeDays" /></label>
            <label class="field">{{ 'CampaignUi:MinRegistrationDays' | t }}
              <input nz-input type="number" min="1" max="60" [(ngModel)]="f.minRegistrationDays" name="regDays" /></label>
            <label class="field">{{ 'CampaignUi:AgeReferenceDate' | t }}
              <input nz-input type="date" [(ngModel)]="f.ageReferenceDate" name="ageRef" /></label>
          </div>
          <h2 class="section-heading">{{ 'CampaignUi:StageDates' | t }}</h2>
          <div class="field-grid">
            <label class="field">{{ 'CampaignUi:RegistrationStart' | t }}
              <input nz-input type="date" [(ngModel)]="f.registrationStart" name="regStart" data-testid="campaign-registration-start" /></label>
            <label class="field">{{ 'CampaignUi:RegistrationEnd' | t }}
              <input nz-input type="date" [(ngModel)]="f.registrationEnd" name="regEnd" data-testid="campaign-registration-end" /></label>
            <label class="field">{{ 'CampaignUi:WrittenExamOn' | t }}
              <input nz-input type="date" [(ngModel)]="f.writtenExamOn" name="writtenOn" /></label>
            <label class="field">{{ 'CampaignUi:InterviewOn' | t }}
              <input nz-input type="date" [(ngModel)]="f.interviewOn" name="interviewOn" /></label>
            <label class="field">{{ 'CampaignUi:MedicalOn' | t }}
              <input nz-input type="date" [(ngModel)]="f.medicalOn" name="medicalOn" /></label>
            <label class="field">{{ 'CampaignUi:AssessmentOn' | t }}
              <input nz-input type="date" [(ngModel)]="f.assessmentOn" name="assessmentOn" /></label>
          </div>
        </fieldset>

        <h2 class="section-heading">{{ 'CampaignUi:Positions' | t }}</h2>
        @for (position of f.positions; track position.planLineId) {
          <tr-position-fields [position]="position" [readOnly]="!editable()" (removed)="removePosition($index)" />
        }
        @if (editable()) {
          <h3 class="section-heading">{{ 'CampaignUi:PlanLines' | t }}</h3>
          <ul class="lines">
            @for (line of planLines(); track line.id) {
              <li>
                <span>{{ line.unitName }} · {{ line.postTitle ?? ('CampaignUi:PostTemplate' | t) }} · {{ enumKey('StaffingType', line.staffingType) | t }} ·
                  {{ 'CampaignUi:PlacesN' | t: line.places }}</span>
                <button nz-button nzSize="small" type="button" (click)="addPosition(line)" [disabled]="used(line.id)"
                        data-testid="position-add">
                  <span nz-icon nzType="plus"></span>{{ 'CampaignUi:AddPosition' | t }}
                </button>
              </li>
            } @empty {
              <li class="hint">{{ 'CampaignUi:NoPlanLines' | t }}</li>
            }
          </ul>
          @if (saveError()) {
            <nz-alert class="inline-error" nzType="error" nzShowIcon [nzMessage]="saveError()!" data-testid="campaign-save-error" />
          }
          <div class="actions">
            <button nz-button nzType="primary" (click)="save()" [nzLoading]="busy()" [disabled]="!planId() || f.positions.length === 0 || !allPostsChosen()"
                    data-testid="campaign-save">
              {{ 'Common:Save' | t }}
            </button>
          </div>
        }

        @if (campaign(); as c) {
          @if (c.status === 'Draft' && canManage()) {
            <section class="publish" [attr.aria-label]="'CampaignUi:Publish' | t">
              <h2 class="section-heading">{{ 'CampaignUi:Publish' | t }}</h2>
              <p class="hint">{{ 'CampaignUi:PublishHint' | t: c.noticeWorkingDays : c.minRegistrationDays }}</p>
              <div class="field-grid">
                <label class="field">{{ 'CampaignUi:PublishedOn' | t }}
                  <input nz-input type="date" [(ngModel)]="publishedOn" name="publishedOn" data-testid="publish-on" /></label>
                <label class="field">{{ 'CampaignUi:NoticeEndsOn' | t }}
                  <input nz-input type="date" [(ngModel)]="noticeEndsOn" name="noticeEndsOn" data-testid="publish-ends-on" /></label>
              </div>
              @if (publishError()) {
                <nz-alert class="inline-error" nzType="error" nzShowIcon [nzMessage]="publishError()!" data-testid="publish-error" role="alert" />
              }
              <button nz-button nzType="primary" (click)="publish(c)" [nzLoading]="busy()" [disabled]="!publishedOn || !noticeEndsOn"
                      data-testid="campaign-publish">
                <span nz-icon nzType="send"></span>{{ 'CampaignUi:PublishButton' | t }}
              </button>
            </section>
          }
          <h2 class="section-heading">{{ 'CampaignUi:PositionsAndBoards' | t }}</h2>
          <tr-position-table [campaign]="c" (changed)="campaign.set($event)" />
          @if (c.status !== 'Draft') {
            <tr-campaign-actions [campaign]="c" (changed)="loaded($event)" />
          }
        }
      }
    </nz-card>
  `,
  styles: [CAMPAIGN_STYLES, `
    .lines { list-style: none; padding: 0; margin: 0 0 12px; }
    .lines li { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 4px 0; border-bottom: 1px dashed #f0f0f0; }
    .publish { background: #fafafa; padding: 8px 12px; border-radius: 6px; margin: 12px 0; }
  `],
})
export class CampaignEditorPage implements OnInit {
  private readonly api = inject(RecruitmentCampaignService);
  private readonly planApi = inject(RecruitmentPlanService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  /** Route parameter; absent on /recruitment-campaigns/new. */
  readonly id = input<string>();

  protected readonly enumKey = enumKey;
  protected readonly statusColors = CAMPAIGN_STATUS_COLORS;
  protected readonly isNew = computed(() => !this.id());
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.ManageCampaigns));
  protected readonly campaign = signal<RecruitmentCampaignDto | null>(null);
  protected readonly form = signal<CampaignForm | null>(null);
  protected readonly planId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly publishError = signal<string | null>(null);
  protected publishedOn: string | null = chinaToday();
  protected noticeEndsOn: string | null = null;
  /** Only a draft's conditions can be edited, and only by HR (leaders read). */
  protected readonly editable = computed(() => this.canManage() && (this.isNew() || this.campaign()?.status === 'Draft'));

  /** Plans a campaign may be drawn from: approved or filed (备案). */
  protected readonly plans = rxResource({
    params: () => (this.isNew() ? true : undefined),
    stream: () => this.planApi.recruitmentPlanGetList({ maxResultCount: 100 }).pipe(
      map(page => page.items.filter(plan => plan.status === 'Approved' || plan.status === 'Filed'))),
  });
  /** The plan's lines, only while positions can be added (a reader may not be granted the plans; a missing plan shows no lines). */
  private readonly plan = rxResource({
    params: () => (this.editable() ? (this.planId() ?? undefined) : undefined),
    stream: ({ params }) => this.planApi.recruitmentPlanGet({ id: params }, INLINE_ERRORS()),
  });
  protected readonly planLines = computed<RecruitmentPlanLineDto[]>(() => (this.plan.hasValue() ? this.plan.value().lines : []));

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.form.set(newCampaignForm(Number(chinaToday().slice(0, 4))));
      return;
    }
    this.api.recruitmentCampaignGet({ id }).subscribe(campaign => this.loaded(campaign));
  }

  protected loaded(campaign: RecruitmentCampaignDto): void {
    this.campaign.set(campaign);
    this.planId.set(campaign.recruitmentPlanId);
    this.form.set(campaignFormFromDto(campaign, new Map(campaign.positions.map(p => [p.planLineId, p.name]))));
  }

  protected title(campaign: RecruitmentCampaignDto): string {
    return campaignTitle(campaign, this.localization.isChinese());
  }

  protected choosePlan(id: string | null): void {
    this.planId.set(id);
    this.form.update(f => (f ? { ...f, positions: [] } : f));
  }

  protected allPostsChosen(): boolean {
    return !!this.form()?.positions.every(p => !!p.postId);
  }

  protected used(lineId: string): boolean {
    return !!this.form()?.positions.some(p => p.planLineId === lineId);
  }

  protected addPosition(line: RecruitmentPlanLineDto): void {
    this.form.update(f => (f ? { ...f, positions: [...f.positions, positionFromLine(line, f.positions.length)] } : f));
  }

  protected removePosition(index: number): void {
    this.form.update(f => (f ? { ...f, positions: f.positions.filter((_, i) => i !== index) } : f));
  }

  protected save(): void {
    const form = this.form();
    const planId = this.planId();
    if (!form || !planId) {
      return;
    }
    const existing = this.campaign();
    const body = toCampaignInput(form, existing?.concurrencyStamp ?? null);
    const request = existing
      ? this.api.recruitmentCampaignUpdate({ id: existing.id, body }, INLINE_ERRORS())
      : this.api.recruitmentCampaignCreate({ body: { ...body, recruitmentPlanId: planId } }, INLINE_ERRORS());
    this.busy.set(true);
    this.saveError.set(null);
    request.subscribe({
      next: campaign => {
        this.busy.set(false);
        this.messages.success(this.localization.t('Common:SavedSuccessfully'));
        if (existing) {
          this.loaded(campaign);
        } else {
          void this.router.navigate(['/recruitment-campaigns', campaign.id]);
        }
      },
      error: error => {
        this.busy.set(false);
        this.saveError.set(refusal(error, this.localization.t('CampaignUi:SaveRefused')));
      },
    });
  }

  /** The server checks the notice period (working days) and the registration period; its refusal is shown here. */
  protected publish(campaign: RecruitmentCampaignDto): void {
    this.busy.set(true);
    this.publishError.set(null);
    this.api.recruitmentCampaignPublish(
      { id: campaign.id, body: { publishedOn: this.publishedOn, noticeEndsOn: this.noticeEndsOn } }, INLINE_ERRORS(),
    ).subscribe({
      next: published => {
        this.busy.set(false);
        this.messages.success(this.localization.t('CampaignUi:Published'));
        this.loaded(published);
      },
      error: error => {
        this.busy.set(false);
        this.publishError.set(refusal(error, this.localization.t('CampaignUi:PublishRefused')));
      },
    });
  }
}
