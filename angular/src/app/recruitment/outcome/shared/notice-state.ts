import { HireSeatKind, RecruitmentNoticeDto } from '../../../proxy/models';

/** Calendar days between two API dates ("2026-10-13"), b − a; time zones play no part in a date. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** Where a 公示 stands on the China date `today`: the period runs from the day after publication to its last day. */
export type NoticePhase = 'Draft' | 'Published' | 'Running' | 'Ended';

export interface NoticeProgress {
  phase: NoticePhase;
  /** Calendar days left, today and the last day included (0 once ended; null for a draft). */
  daysRemaining: number | null;
}

/** The server's `hasEnded` is the authority on the end; the dates give the phase before it and the days left. */
export function noticeProgress(notice: Pick<RecruitmentNoticeDto, 'status' | 'startsOn' | 'endsOn' | 'hasEnded'>, today: string): NoticeProgress {
  if (notice.status !== 'Published' || !notice.startsOn || !notice.endsOn) {
    return { phase: 'Draft', daysRemaining: null };
  }
  if (notice.hasEnded || today > notice.endsOn) {
    return { phase: 'Ended', daysRemaining: 0 };
  }
  return {
    phase: today < notice.startsOn ? 'Published' : 'Running',
    daysRemaining: daysBetween(today, notice.endsOn) + 1,
  };
}

/** A listed candidate's state: the hire button is offered only at Ready. */
export type EntryState = 'Draft' | 'InPeriod' | 'ObjectionPending' | 'Failed' | 'Ready' | 'Hired';

export function entryState(
  notice: Pick<RecruitmentNoticeDto, 'status' | 'hasEnded' | 'objections'>,
  applicationId: string,
  hiredApplicationIds: ReadonlySet<string>,
): EntryState {
  if (hiredApplicationIds.has(applicationId)) {
    return 'Hired';
  }
  const objections = notice.objections.filter(o => o.applicationId === applicationId);
  // An upheld objection fails the candidate (递补 takes over), whatever the period.
  if (objections.some(o => o.resolution === 'Upheld')) {
    return 'Failed';
  }
  if (notice.status !== 'Published') {
    return 'Draft';
  }
  if (objections.some(o => o.resolution === 'Pending')) {
    return 'ObjectionPending';
  }
  return notice.hasEnded ? 'Ready' : 'InPeriod';
}

/**
 * The 试用期 the server will set (rule 11), shown before confirming: 12 months for a first employment with a contract of
 * 3 years or more, otherwise the campaign's months (3, or 6 where it says so). The hire's result carries the server's.
 */
export function expectedProbationMonths(firstEmployment: boolean, contractMonths: number, campaignMonths: number): number {
  return firstEmployment && contractMonths >= 36 ? 12 : campaignMonths;
}

/** The CSS class and test value of a seat: a pool slot (编制周转池) is shown apart from the unit's own 空编. */
export function seatClass(kind: HireSeatKind): string {
  return kind === 'Pool' ? 'seat seat-pool' : 'seat seat-regular';
}
