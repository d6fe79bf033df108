import { RecruitmentPlanDto, RecruitmentPlanLineDto, RecruitmentPlanLineInput, RecruitmentPlanStatus } from '../../../proxy/models';

/** One number of a line's 空编 report, in the order the editor shows them (free = quota − the four that hold slots). */
export interface CapacityCell {
  /** Localization key of the column. */
  key: string;
  value: number;
  /** `data-testid` of the cell. */
  testId: string;
}

/** The 空编 a line meets as the server reported it, and how far the plan's lines of the same unit×type go over it. */
export interface LineCapacity {
  cells: CapacityCell[];
  free: number;
  asked: number;
  exceeds: boolean;
  /** Places asked beyond the free slots (0 when within 空编). */
  shortBy: number;
}

/** The localization keys of the capacity columns, in the order of {@link lineCapacity}'s cells. */
export const CAPACITY_COLUMNS = [
  'RecruitmentPlans:Quota', 'RecruitmentPlans:Occupied', 'RecruitmentPlans:OtherPlans', 'RecruitmentPlans:PendingHires',
  'RecruitmentPlans:OwedToPool', 'RecruitmentPlans:Free', 'RecruitmentPlans:Asked',
] as const;

export function lineCapacity(line: RecruitmentPlanLineDto): LineCapacity {
  const cells: CapacityCell[] = [
    { key: 'RecruitmentPlans:Quota', value: line.quota, testId: 'line-capacity-quota' },
    { key: 'RecruitmentPlans:Occupied', value: line.occupied, testId: 'line-capacity-occupied' },
    { key: 'RecruitmentPlans:OtherPlans', value: line.reservedByOtherPlans, testId: 'line-capacity-other-plans' },
    { key: 'RecruitmentPlans:PendingHires', value: line.pendingHires, testId: 'line-capacity-pending-hires' },
    { key: 'RecruitmentPlans:OwedToPool', value: line.owedToPoolLoans, testId: 'line-capacity-owed-to-pool' },
    { key: 'RecruitmentPlans:Free', value: line.free, testId: 'line-capacity-free' },
    { key: 'RecruitmentPlans:Asked', value: line.askedInPlan, testId: 'line-capacity-asked' },
  ];
  // The server's verdict decides (it sums the plan's lines of the unit×type); the shortfall is shown with it.
  const shortBy = Math.max(0, line.askedInPlan - line.free);
  return { cells, free: line.free, asked: line.askedInPlan, exceeds: line.exceeds, shortBy: line.exceeds ? shortBy : 0 };
}

/** The lines over 空编: submitting the plan is refused while any is left. */
export function exceedingLines(plan: RecruitmentPlanDto | null | undefined): RecruitmentPlanLineDto[] {
  return plan?.lines.filter(line => line.exceeds) ?? [];
}

/** What the user may do with the plan now: the server's state machine (draft → submitted → approved → filed → closed) and the permission. */
export interface PlanActions {
  edit: boolean;
  submit: boolean;
  delete: boolean;
  file: boolean;
  close: boolean;
}

export function planActions(status: RecruitmentPlanStatus | null | undefined, canManage: boolean): PlanActions {
  const draft = status === 'Draft';
  return {
    edit: canManage && draft,
    submit: canManage && draft,
    delete: canManage && draft,
    file: canManage && status === 'Approved',
    close: canManage && (status === 'Approved' || status === 'Filed'),
  };
}

/** The plan's lines as the update endpoint takes them (the whole list: a line left out is removed). */
export function toLineInputs(lines: readonly RecruitmentPlanLineDto[]): RecruitmentPlanLineInput[] {
  return lines.map(line => ({
    id: line.id,
    orgUnitId: line.orgUnitId,
    postId: line.postId,
    postTitle: line.postId ? null : line.postTitle,
    staffingType: line.staffingType,
    places: line.places,
    note: line.note || null,
  }));
}

/** The lines with `changed` in place of the line it edits (same id), or appended when new (no id); `removeId` drops one. */
export function withLine(
  lines: readonly RecruitmentPlanLineDto[],
  changed: RecruitmentPlanLineInput | null,
  removeId: string | null = null,
): RecruitmentPlanLineInput[] {
  const inputs = toLineInputs(lines.filter(line => line.id !== removeId));
  if (!changed) {
    return inputs;
  }
  const index = changed.id ? inputs.findIndex(line => line.id === changed.id) : -1;
  return index >= 0 ? inputs.map((line, i) => (i === index ? changed : line)) : [...inputs, changed];
}

export const PLAN_STATUS_COLORS: Record<RecruitmentPlanStatus, string> = {
  Draft: 'default',
  Submitted: 'blue',
  Approved: 'green',
  Rejected: 'red',
  Filed: 'cyan',
  Closed: 'default',
};

/** One milestone of the plan's life: drafted, submitted, decided, 备案, closed; `at` empty while not reached. */
export interface PlanMilestone {
  key: string;
  at: string | null;
  detail?: string;
  color: string;
}

export function planMilestones(plan: RecruitmentPlanDto | null | undefined): PlanMilestone[] {
  if (!plan) {
    return [];
  }
  const decidedKey = plan.status === 'Rejected' ? 'RecruitmentPlans:MilestoneRejected' : 'RecruitmentPlans:MilestoneApproved';
  return [
    { key: 'RecruitmentPlans:MilestoneDrafted', at: plan.creationTime, detail: plan.creatorName, color: 'green' },
    { key: 'RecruitmentPlans:MilestoneSubmitted', at: plan.submittedAt, color: plan.submittedAt ? 'green' : 'gray' },
    { key: decidedKey, at: plan.decidedAt, color: plan.status === 'Rejected' ? 'red' : plan.decidedAt ? 'green' : 'gray' },
    { key: 'RecruitmentPlans:MilestoneFiled', at: plan.filedOn, detail: plan.filingNumber ?? undefined, color: plan.filedOn ? 'green' : 'gray' },
    { key: 'RecruitmentPlans:MilestoneClosed', at: plan.closedAt, color: plan.closedAt ? 'green' : 'gray' },
  ];
}
