import {
  ApprovalDecisionKind, ApprovalStepStatus, PlanChangeType, PlanDiffKind, StaffingPlanStatus,
} from '../../proxy/models';
import { PLAN_CHANGE_TYPE } from '../../proxy/models/plan-change-type-array';
import { PLAN_DIFF_KIND } from '../../proxy/models/plan-diff-kind-array';
import { STAFFING_PLAN_STATUS } from '../../proxy/models/staffing-plan-status-array';

export const PLAN_STATUSES: readonly StaffingPlanStatus[] = STAFFING_PLAN_STATUS;

export const STATUS_COLORS: Readonly<Record<StaffingPlanStatus, string>> = {
  Draft: 'default',
  Submitted: 'processing',
  Approved: 'green',
  Rejected: 'red',
  Returned: 'orange',
  Applied: 'success',
  Withdrawn: 'default',
};

export const STEP_STATUS_COLORS: Readonly<Record<ApprovalStepStatus, string>> = {
  Waiting: 'default',
  Pending: 'processing',
  Approved: 'green',
  Rejected: 'red',
  Returned: 'orange',
  Cancelled: 'default',
};

export const DECISION_COLORS: Readonly<Record<ApprovalDecisionKind, string>> = {
  Approve: 'green',
  Reject: 'red',
  Return: 'orange',
};

export const CHANGE_TYPES: readonly PlanChangeType[] = PLAN_CHANGE_TYPE;

/** Tag colour of a change type by what it touches: units, quotas, posts or people. */
export function changeTypeColor(type: PlanChangeType | null | undefined): string {
  switch (type) {
    case 'CreateUnit': case 'RenameUnit': case 'MoveUnit': case 'MergeUnits': case 'AbolishUnit': case 'SetFunctions':
      return 'blue';
    case 'SetLeadershipQuota': case 'SetStaffingQuota':
      return 'purple';
    case 'CreatePost': case 'AbolishPost': case 'MovePost': case 'RegradePost':
      return 'cyan';
    default:
      return 'gold';
  }
}

/** Colours of the structural diff, in the org chart, its legend and the tables. */
export const DIFF_COLORS: Readonly<Record<PlanDiffKind, string>> = {
  Unchanged: '#8c8c8c',
  Added: '#52c41a',
  Removed: '#ff4d4f',
  Moved: '#fa8c16',
  Changed: '#1677ff',
};

export const DIFF_TAG_COLORS: Readonly<Record<PlanDiffKind, string>> = {
  Unchanged: 'default',
  Added: 'green',
  Removed: 'red',
  Moved: 'orange',
  Changed: 'blue',
};

/** The diff kinds for legends and filters: the changes first, "unchanged" last. */
export const DIFF_KINDS: readonly PlanDiffKind[] = [...PLAN_DIFF_KIND.filter(kind => kind !== 'Unchanged'), 'Unchanged'];
