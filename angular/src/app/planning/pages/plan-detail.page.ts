import { HttpContext } from '@angular/common/http';
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
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { Observable, of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { localizedName } from '../../core/i18n/localized-name';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { DecideApprovalDto, PlanChangeDto, StaffingPlanDto } from '../../proxy/models';
import { ApprovalService, StaffingPlanService } from '../../proxy/services';
import { ApprovalDecisionComponent } from '../../approvals/approval-decision.component';
import { ApprovalTimelineComponent } from '../components/approval-timeline.component';
import { ChangeFormComponent } from '../components/change-form.component';
import { ImpactPanelComponent } from '../components/impact-panel.component';
import { PlanFormModalComponent } from '../components/plan-form-modal.component';
import { chinaDate, chinaTime, chinaToday } from '../../shared/time/china-time';
import { changeTypeColor, STATUS_COLORS } from '../shared/plan-enums';
import { myPendingStep } from '../shared/steps';

/** A plan: its changes (editable while a draft or returned), the live impact report, the approval timeline and, for its approvers, the decision. */
@Component({
  selector: 'tr-plan-detail-page',
  imports: [
    RouterLink, NzCardModule, NzButtonModule, NzIconModule, NzTagModule, NzTableModule, NzAlertModule,
    NzDescriptionsModule, NzPopconfirmModule, NzTooltipModule, NzSpinModule, TranslatePipe,
    ImpactPanelComponent, ApprovalTimelineComponent, ApprovalDecisionComponent, ChangeFormComponent, PlanFormModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-detail.page.html',
  styleUrl: './plan-detail.page.css',
})
export class PlanDetailPage {
  private readonly api = inject(StaffingPlanService);
  private readonly approvals = inject(ApprovalService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  protected readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly enumKey = enumKey;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly typeColor = changeTypeColor;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;

  protected readonly plan = rxResource({ params: () => this.id(), stream: ({ params: id }) => this.api.staffingPlanGet({ id }) });
  protected readonly impact = rxResource({
    // Every new state of the plan (a change added, moved, deleted; a decision) has its own report.
    params: () => (this.plan.value() ? { id: this.id(), plan: this.plan.value() } : undefined),
    stream: ({ params }) => (params ? this.api.staffingPlanGetImpact({ id: params.id }) : of(null)),
  });

  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.StaffingPlans.Create));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.StaffingPlans.Delete));
  protected readonly canApply = computed(() => this.auth.isGranted(Permissions.StaffingPlans.Apply));
  protected readonly editable = computed(() => !!this.plan.value()?.isEditable && this.canCreate());
  protected readonly rootName = computed(() => localizedName(this.auth.currentUser().zone, this.localization.culture()));
  protected readonly myStep = computed(() => myPendingStep(this.plan.value(), this.auth.currentUser().id));
  /** Why "submit" is disabled, or null when the plan may be submitted. */
  protected readonly submitBlocked = computed(() => {
    const plan = this.plan.value();
    const impact = this.impact.value();
    if (!plan || plan.changes.length === 0) {
      return this.localization.t('Plans:NoChanges');
    }
    if (!impact) {
      return this.localization.t('Plans:ImpactLoading');
    }
    return impact.canSubmit ? null : this.localization.t('Impact:Blocking', impact.blockingCount);
  });
  protected readonly canApplyNow = computed(() => {
    const plan = this.plan.value();
    return !!plan && plan.status === 'Approved' && this.canApply() && plan.effectiveDate <= chinaToday();
  });
  protected readonly canWithdraw = computed(() => {
    const plan = this.plan.value();
    return !!plan && this.canCreate() && (plan.status === 'Submitted' || plan.status === 'Returned');
  });

  protected readonly detailsOpen = signal(false);
  protected readonly changeOpen = signal(false);
  protected readonly editingChange = signal<PlanChangeDto | null>(null);
  protected readonly busy = signal(false);

  protected openAddChange(): void {
    this.editingChange.set(null);
    this.changeOpen.set(true);
  }

  protected openEditChange(change: PlanChangeDto): void {
    this.editingChange.set(change);
    this.changeOpen.set(true);
  }

  protected onChangeSaved(): void {
    this.changeOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.plan.reload();
  }

  protected onDetailsSaved(plan: StaffingPlanDto): void {
    this.detailsOpen.set(false);
    this.plan.set(plan);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
  }

  protected move(change: PlanChangeDto, offset: number): void {
    this.run(this.api.staffingPlanMoveChange({ id: this.id(), changeId: change.id, body: { sequence: change.sequence + offset } }));
  }

  protected deleteChange(change: PlanChangeDto): void {
    this.run(this.api.staffingPlanDeleteChange({ id: this.id(), changeId: change.id }));
  }

  protected submit(): void {
    this.run(this.api.staffingPlanSubmit({ id: this.id() }), 'Plans:Submitted');
  }

  protected withdraw(): void {
    this.run(this.api.staffingPlanWithdraw({ id: this.id() }), 'Plans:Withdrawn');
  }

  protected apply(): void {
    this.run(this.api.staffingPlanApply({ id: this.id() }), 'Plans:Applied');
  }

  protected deletePlan(): void {
    this.busy.set(true);
    this.api.staffingPlanDelete({ id: this.id() }).subscribe({
      next: () => {
        this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
        void this.router.navigate(['/plans']);
      },
      error: () => this.busy.set(false),
    });
  }

  /** The shared decision panel posts the decision on the caller's pending step; the answer is the plan as it is now. */
  protected readonly decide = (body: DecideApprovalDto, context: HttpContext): Observable<unknown> =>
    this.approvals.approvalDecide({ stepId: this.myStep()!.id, body }, context);

  protected onDecided(plan: unknown): void {
    this.plan.set(plan as StaffingPlanDto);
    this.messages.success(this.localization.t('Approvals:Decided'));
  }

  protected onRefused(status: number): void {
    // Someone else decided first (409): show what happened.
    if (status === 409) {
      this.plan.reload();
    }
  }

  /** Runs an action on the plan, then reloads it (and with it the impact). */
  private run(request: Observable<unknown>, successKey?: string): void {
    this.busy.set(true);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        if (successKey) {
          this.messages.success(this.localization.t(successKey));
        }
        this.plan.reload();
      },
      error: () => {
        this.busy.set(false);
        this.plan.reload();
      },
    });
  }
}
