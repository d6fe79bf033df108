import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { ApprovalStepDto, StaffingPlanDto } from '../../proxy/models';
import { chinaTime, remainingText } from '../../shared/time/china-time';
import { DECISION_COLORS, STEP_STATUS_COLORS } from '../shared/plan-enums';
import { stepsByRound } from '../shared/steps';

/** Every round's steps (approvers, started, due, completed, on time or late) with each decision and its comment. */
@Component({
  selector: 'tr-approval-timeline',
  imports: [NzTimelineModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (group of rounds(); track group.round) {
      <div class="round" data-testid="approval-round">
        <div class="round-title">{{ 'Approvals:Round' | t: group.round }}</div>
        <nz-timeline>
          @for (step of group.steps; track step.id) {
            <nz-timeline-item [nzColor]="dotColor(step)" data-testid="approval-step" [attr.data-status]="step.status">
              <div class="step-head">
                <strong>{{ step.sequence }}. {{ stepName(step) }}</strong>
                <nz-tag [nzColor]="statusColors[step.status]">{{ enumKey('ApprovalStepStatus', step.status) | t }}</nz-tag>
                @if (step.counterSign) {
                  <nz-tag nzColor="purple">{{ 'Approvals:CounterSign' | t }}</nz-tag>
                }
                @if (step.isOnTime === true) {
                  <nz-tag nzColor="green">{{ 'Approvals:OnTime' | t }}</nz-tag>
                } @else if (step.isOnTime === false) {
                  <nz-tag nzColor="red">{{ 'Approvals:Late' | t }}</nz-tag>
                }
              </div>
              <div class="meta">
                {{ 'Approvals:Approvers' | t }}：{{ approverNames(step) }}
                · {{ 'Approvals:TimeLimit' | t: step.timeLimitWorkingDays }}
              </div>
              <div class="meta">
                @if (step.startedAt) { {{ 'Approvals:StartedAt' | t }} {{ time(step.startedAt) }} }
                @if (step.dueAt) { · {{ 'Approvals:DueAt' | t }} {{ time(step.dueAt) }} }
                @if (step.completedAt) { · {{ 'Approvals:CompletedAt' | t }} {{ time(step.completedAt) }} }
              </div>
              @if (step.status === 'Pending' && remaining(step); as rest) {
                <div class="meta" [class.overdue]="step.isOverdue" data-testid="step-remaining">{{ rest.key | t: rest.days }}</div>
              }
              @for (decision of decisionsOf(step); track decision.id) {
                <div class="decision" data-testid="approval-decision">
                  <nz-tag [nzColor]="decisionColors[decision.kind]">{{ enumKey('ApprovalDecisionKind', decision.kind) | t }}</nz-tag>
                  {{ decision.userName }} · {{ time(decision.decidedAt) }}
                  @if (decision.comment) { <div class="comment">“{{ decision.comment }}”</div> }
                </div>
              }
            </nz-timeline-item>
          }
        </nz-timeline>
      </div>
    } @empty {
      <p class="meta">{{ 'Approvals:NotSubmitted' | t }}</p>
    }
  `,
  styles: `
    .round-title { font-weight: 600; margin-bottom: 12px; }
    .step-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .meta { color: #595959; font-size: 12px; margin-top: 2px; }
    .overdue { color: #cf1322; font-weight: 600; }
    .decision { margin-top: 6px; }
    .comment { color: #595959; margin: 2px 0 0 8px; white-space: pre-wrap; }
  `,
})
export class ApprovalTimelineComponent {
  private readonly localization = inject(LocalizationService);

  readonly plan = input.required<StaffingPlanDto>();

  protected readonly enumKey = enumKey;
  protected readonly statusColors = STEP_STATUS_COLORS;
  protected readonly decisionColors = DECISION_COLORS;
  protected readonly time = chinaTime;
  protected readonly remaining = (step: ApprovalStepDto) => remainingText(step.remainingWorkingDays);
  protected readonly rounds = computed(() => stepsByRound(this.plan()));

  protected stepName(step: ApprovalStepDto): string {
    return this.localization.isChinese() ? step.nameZh : step.nameEn || step.nameZh;
  }

  protected approverNames(step: ApprovalStepDto): string {
    return step.approvers.map(approver => approver.name).join('、') || (step.assigneeRole ?? '');
  }

  protected decisionsOf(step: ApprovalStepDto) {
    return this.plan().decisions.filter(decision => decision.stepId === step.id);
  }

  protected dotColor(step: ApprovalStepDto): string {
    if (step.isOverdue) {
      return 'red';
    }
    switch (step.status) {
      case 'Approved': return 'green';
      case 'Rejected': return 'red';
      case 'Returned': return 'orange';
      case 'Pending': return 'blue';
      default: return 'gray';
    }
  }
}
