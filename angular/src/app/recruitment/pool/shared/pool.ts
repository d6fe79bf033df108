import { PoolLoanDto, PoolLoanJustification, PoolLoanStatus, StaffingPoolSlotDto, StaffingType, TalentTierLevel, UnitSeatsDto } from '../../../proxy/models';

/** The longest term a loan may have by default (the zone's rule: at most 3 years); the server enforces its configured value. */
export const MAX_TERM_MONTHS = 36;

/** Tiers that qualify for a pool slot without a post in short supply (A–C). */
export const QUALIFYING_TIERS: readonly TalentTierLevel[] = ['A', 'B', 'C'];

export const LOAN_STATUS_COLORS: Record<PoolLoanStatus, string> = {
  Draft: 'default',
  Requested: 'blue',
  Approved: 'cyan',
  Active: 'green',
  Returned: 'default',
  Released: 'default',
  Rejected: 'red',
};

/** What the user may do with a loan now: the server's state machine and the user's permissions. */
export interface LoanActions {
  submit: boolean;
  activate: boolean;
  return: boolean;
  release: boolean;
}

export function loanActions(status: PoolLoanStatus, canRequest: boolean, canManage: boolean): LoanActions {
  return {
    submit: canRequest && status === 'Draft',
    activate: canManage && status === 'Approved',
    return: canManage && status === 'Active',
    release: canManage && status === 'Active',
  };
}

/** The request form's values the client checks before sending (the server checks them again, and the unit's 空编). */
export interface LoanRequestValues {
  justification: PoolLoanJustification | null;
  tier: TalentTierLevel | null;
  shortagePostId: string | null;
  termMonths: number | null;
}

/** Localization keys of what is wrong with a loan request, empty when it may be sent. */
export function loanRequestProblems(values: LoanRequestValues): string[] {
  const problems: string[] = [];
  if (values.justification === 'TalentTier' && (!values.tier || !QUALIFYING_TIERS.includes(values.tier))) {
    problems.push('StaffingPoolUi:TierRequired');
  }
  if (values.justification === 'ShortagePost' && !values.shortagePostId) {
    problems.push('StaffingPoolUi:ShortagePostRequired');
  }
  if (!values.termMonths || values.termMonths < 1 || values.termMonths > MAX_TERM_MONTHS || !Number.isInteger(values.termMonths)) {
    problems.push('StaffingPoolUi:TermInvalid');
  }
  return problems;
}

/** The last day of a term that starts on `startOn` ("yyyy-MM-dd") and runs `months` months, as the server computes it. */
export function termEnd(startOn: string, months: number): string {
  const [year, month, day] = startOn.split('-').map(Number);
  const targetMonth = month - 1 + months;
  // Like .NET's AddMonths: the same day of the month, or the month's last day when it has fewer days.
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** One row of the seats view: the regular seats of a unit×type and, apart, the pool slots it uses. */
export interface SeatRow {
  orgUnitId: string;
  unitName: string;
  staffingType: StaffingType;
  regularQuota: number;
  regularOccupied: number;
  vacant: number;
  poolSlotsInUse: number;
  owedToPoolLoans: number;
}

/** The seats with their units' names, units using pool slots first, then by name and type. */
export function seatRows(seats: readonly UnitSeatsDto[], unitNames: ReadonlyMap<string, string>): SeatRow[] {
  return seats
    .map(seat => ({ ...seat, unitName: unitNames.get(seat.orgUnitId) ?? seat.orgUnitId }))
    .sort((a, b) => Number(b.poolSlotsInUse > 0) - Number(a.poolSlotsInUse > 0)
      || a.unitName.localeCompare(b.unitName, 'zh-Hans')
      || a.staffingType.localeCompare(b.staffingType));
}

/** Active loans past their term end first, then the other open ones, then the closed ones. */
export function sortLoans(loans: readonly PoolLoanDto[]): PoolLoanDto[] {
  const rank = (loan: PoolLoanDto) => (loan.isOverdue ? 0 : ['Returned', 'Released', 'Rejected'].includes(loan.status) ? 2 : 1);
  return [...loans].sort((a, b) => rank(a) - rank(b) || b.creationTime.localeCompare(a.creationTime));
}

/** Loans that hold their slot (as the server counts them: a slot has at most one). */
const HOLDS_SLOT: readonly PoolLoanStatus[] = ['Requested', 'Approved', 'Active'];

/** The slots a new loan may ask for: free, and held by no requested, approved or active loan. */
export function availableSlots(slots: readonly StaffingPoolSlotDto[], loans: readonly PoolLoanDto[]): StaffingPoolSlotDto[] {
  const held = new Set(loans.filter(loan => HOLDS_SLOT.includes(loan.status)).map(loan => loan.slotId));
  return slots.filter(slot => slot.status === 'Free' && !slot.currentLoanId && !held.has(slot.id));
}
