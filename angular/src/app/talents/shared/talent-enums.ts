import {
  MatchingRunDto, TalentCertificationStatus, TalentPolicyStatus,
} from '../../proxy/models';
import { TALENT_CERTIFICATION_STATUS } from '../../proxy/models/talent-certification-status-array';

export const POLICY_STATUS_COLORS: Readonly<Record<TalentPolicyStatus, string>> = {
  Draft: 'default',
  Published: 'green',
  Retired: 'red',
};

export const CERTIFICATION_STATUSES: readonly TalentCertificationStatus[] = TALENT_CERTIFICATION_STATUS;
export const CERTIFICATION_STATUS_COLORS: Readonly<Record<TalentCertificationStatus, string>> = {
  Pending: 'gold',
  Approved: 'green',
  Rejected: 'red',
};

/** How far a run got, 0–100 (a run of an empty zone is complete at once). */
export function runPercent(run: Pick<MatchingRunDto, 'processed' | 'total' | 'isRunning'> | null | undefined): number {
  if (!run) {
    return 0;
  }
  if (run.total <= 0) {
    return run.isRunning ? 0 : 100;
  }
  return Math.min(100, Math.floor((run.processed * 100) / run.total));
}

/** Seconds from start to completion, one decimal ("1.4"); null while running. */
export function runSeconds(run: Pick<MatchingRunDto, 'startedAt' | 'completedAt'>): string | null {
  if (!run.completedAt) {
    return null;
  }
  const ms = Date.parse(run.completedAt) - Date.parse(run.startedAt);
  return Number.isFinite(ms) ? (Math.max(0, ms) / 1000).toFixed(1) : null;
}
