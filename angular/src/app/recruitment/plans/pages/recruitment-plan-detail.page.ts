import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { Observable, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../../core/http/http-context-tokens';
import { problemMessage } from '../../../core/http/problem-details';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { toTreeNodes } from '../../../organization/shared/org-tree';
import {
  DecideApprovalDto, RecordRecruitmentPlanFilingDto, RecruitmentPlanDto, RecruitmentPlanLineDto, RecruitmentPlanLineInput,
} from '../../../proxy/models';
import { ApprovalService, OrgUnitService, RecruitmentPlanService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaDate, chinaTime } from '../../../shared/time/china-time';
import { ApprovalDecisionComponent } from '../../../approvals/approval-decision.component';
import { FilingModalComponent } from '../components/filing-modal.component';
import { PlanLineModalComponent } from '../components/plan-line-modal.component';
import { CAPACITY_COLUMNS, exceedingLines, lineCapacity, PLAN_STATUS_COLORS, planActions, planMilestones, withLine } from '../shared/capacity';

/**
 * A 招聘计划: its lines with the 空编 each meets (editable while a draft), submission for approval (refused by the server
 * over 空编, with the numbers), the approver's decision, 备案 and closing. Leaders read; HR (Manage) works.
 */
@Component({
  selector: 'tr-recruitment-plan-detail-page',
  imports: [
    RouterLink, NzCardModule, NzButtonModule, NzIconModule, NzTagModule, NzTableModule, NzAlertModule, NzDescriptionsModule,
    NzPopconfirmModule, NzSpinModule, NzTimelineModule, TranslatePipe, ApprovalDecisionComponent, FilingModalComponent, PlanLineModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recruitment-plan-detail.page.html',
  styleUrl: './recruitment-plan-detail.page.css',
})
export class RecruitmentPlanDetailPage {
  private readonly api = inject(RecruitmentPlanService);
  private readonly approvals = inject(ApprovalService);
  private readonly units = inject(OrgUnitService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  protected readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly enumKey = enumKey;
  protected readonly statusColors = PLAN_STATUS_COLORS;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;
  protected readonly capacity = lineCapacity;
  protected readonly headerCells = CAPACITY_COLUMNS;

  protected readonly plan = rxResource({ params: () => this.id(), stream: ({ params: id }) => this.api.recruitmentPlanGet({ id }) });
  private readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentPlans.Manage));
  private readonly canApprove = computed(() => this.auth.isGranted(Permissions.Approvals));
  protected readonly actions = computed(() => planActions(this.plan.value()?.status, this.canManage()));
  protected readonly exceeding = computed(() => exceedingLines(this.plan.value()));
  protected readonly milestones = computed(() => planMilestones(this.plan.value()));

  private readonly tree = rxResource({
    params: () => (this.actions().edit ? true : undefined),
    stream: ({ params }) => (params ? this.units.orgUnitGetTree() : of(null)),
  });
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));

  /** The caller's pending step of this plan, when the plan waits for them (from the approvals inbox). */
  private readonly inbox = rxResource({
    params: () => (this.plan.value()?.status === 'Submitted' && this.canApprove() ? this.plan.value() : undefined),
    stream: ({ params }) => (params ? this.approvals.approvalGetInbox({ documentKind: 'RecruitmentPlan' }) : of([])),
  });
  protected readonly myStep = computed(() => (this.inbox.value() ?? []).find(item => item.documentId === this.id()) ?? null);
  protected readonly decide = (body: DecideApprovalDto, context: HttpContext): Observable<unknown> =>
    this.api.recruitmentPlanDecide({ stepId: this.myStep()!.stepId, body }, context);

  protected readonly busy = signal(false);
  protected readonly lineOpen = signal(false);
  protected readonly editingLine = signal<RecruitmentPlanLineDto | null>(null);
  protected readonly filingOpen = signal(false);
  /** The server's refusal of the last submission (e.g. over 空编, with the numbers), already localized. */
  protected readonly submitError = signal<string | null>(null);

  protected openAddLine(): void {
    this.editingLine.set(null);
    this.lineOpen.set(true);
  }

  protected openEditLine(line: RecruitmentPlanLineDto): void {
    this.editingLine.set(line);
    this.lineOpen.set(true);
  }

  protected saveLine(line: RecruitmentPlanLineInput): void {
    this.saveLines(withLine(this.plan.value()!.lines, line), () => this.lineOpen.set(false));
  }

  protected removeLine(line: RecruitmentPlanLineDto): void {
    this.saveLines(withLine(this.plan.value()!.lines, null, line.id));
  }

  protected submit(): void {
    this.submitError.set(null);
    this.busy.set(true);
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    this.api.recruitmentPlanSubmit({ id: this.id() }, context).subscribe({
      next: plan => this.done(plan, 'RecruitmentPlans:Submitted'),
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.submitError.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
        // The 空编 may have changed since the page was loaded: show the numbers the server refused on.
        this.plan.reload();
      },
    });
  }

  protected recordFiling(body: RecordRecruitmentPlanFilingDto): void {
    this.busy.set(true);
    this.api.recruitmentPlanRecordFiling({ id: this.id(), body }).subscribe({
      next: plan => {
        this.filingOpen.set(false);
        this.done(plan, 'RecruitmentPlans:Filed');
      },
      error: () => this.busy.set(false),
    });
  }

  protected close(): void {
    this.run(this.api.recruitmentPlanClose({ id: this.id() }), 'RecruitmentPlans:Closed');
  }

  protected deletePlan(): void {
    this.busy.set(true);
    this.api.recruitmentPlanDelete({ id: this.id() }).subscribe({
      next: () => {
        this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
        void this.router.navigate(['/recruitment-plans']);
      },
      error: () => this.busy.set(false),
    });
  }

  protected onDecided(): void {
    this.messages.success(this.localization.t('Approvals:Decided'));
    this.plan.reload();
  }

  private saveLines(lines: RecruitmentPlanLineInput[], after?: () => void): void {
    const plan = this.plan.value()!;
    this.submitError.set(null);
    this.run(this.api.recruitmentPlanUpdate({ id: plan.id, body: { title: plan.title, lines, concurrencyStamp: plan.concurrencyStamp } }),
      'Common:SavedSuccessfully', after);
  }

  private run(request: Observable<RecruitmentPlanDto>, successKey: string, after?: () => void): void {
    this.busy.set(true);
    request.subscribe({
      next: plan => {
        after?.();
        this.done(plan, successKey);
      },
      error: () => {
        this.busy.set(false);
        this.plan.reload();
      },
    });
  }

  private done(plan: RecruitmentPlanDto, successKey: string): void {
    this.busy.set(false);
    this.plan.set(plan);
    this.messages.success(this.localization.t(successKey));
  }
}
