import { ApprovalStepDto, StaffingPlanDto } from '../../proxy/models';

/** The steps grouped by submission round, latest round first. */
export function stepsByRound(plan: StaffingPlanDto): { round: number; steps: ApprovalStepDto[] }[] {
  const rounds = [...new Set(plan.steps.map(step => step.round))].sort((a, b) => b - a);
  return rounds.map(round => ({
    round,
    steps: plan.steps.filter(step => step.round === round).sort((a, b) => a.sequence - b.sequence),
  }));
}

/**
 * The step the user may decide now: pending, the user among its approvers, and not yet decided by them. Never
 * on a plan the user drafted (separation of duties: the server refuses it, so it is not offered).
 */
export function myPendingStep(plan: StaffingPlanDto | null | undefined, userId: string | null | undefined): ApprovalStepDto | null {
  if (!plan || !userId || plan.status !== 'Submitted' || plan.creatorId === userId) {
    return null;
  }
  return plan.steps.find(step => step.status === 'Pending'
    && step.approvers.some(approver => approver.id === userId)
    && !plan.decisions.some(decision => decision.stepId === step.id && decision.userId === userId)) ?? null;
}
