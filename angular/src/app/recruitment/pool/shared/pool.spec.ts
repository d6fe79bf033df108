import { PoolLoanDto, StaffingPoolSlotDto, UnitSeatsDto } from '../../../proxy/models';
import { availableSlots, loanActions, loanRequestProblems, seatRows, sortLoans, termEnd } from './pool';

describe('a pool loan request', () => {
  const valid = { justification: 'TalentTier' as const, tier: 'B' as const, shortagePostId: null, termMonths: 36 };

  it('may be sent for a tier A–C talent with a term of at most 36 months', () => {
    expect(loanRequestProblems(valid)).toEqual([]);
  });

  it('is refused for a tier D talent or none', () => {
    expect(loanRequestProblems({ ...valid, tier: 'D' })).toEqual(['StaffingPoolUi:TierRequired']);
    expect(loanRequestProblems({ ...valid, tier: null })).toEqual(['StaffingPoolUi:TierRequired']);
  });

  it('for a post in short supply needs the post, not a tier', () => {
    expect(loanRequestProblems({ ...valid, justification: 'ShortagePost', tier: null })).toEqual(['StaffingPoolUi:ShortagePostRequired']);
    expect(loanRequestProblems({ ...valid, justification: 'ShortagePost', tier: null, shortagePostId: 'p1' })).toEqual([]);
  });

  it('is refused for a term over 3 years or under a month', () => {
    expect(loanRequestProblems({ ...valid, termMonths: 37 })).toEqual(['StaffingPoolUi:TermInvalid']);
    expect(loanRequestProblems({ ...valid, termMonths: 0 })).toEqual(['StaffingPoolUi:TermInvalid']);
  });
});

describe('a loan\'s term end (as the server computes it: start + months − 1 day)', () => {
  it('runs 36 months from 2026-12-08 to 2029-12-07', () => {
    expect(termEnd('2026-12-08', 36)).toBe('2029-12-07');
  });

  it('from 31 January for one month ends on the last day of February less one day', () => {
    expect(termEnd('2027-01-31', 1)).toBe('2027-02-27');
    expect(termEnd('2028-01-31', 1)).toBe('2028-02-28');
  });
});

describe('what may be done with a loan', () => {
  it('HR sends a draft, activates an approved loan, returns or releases an active one', () => {
    expect(loanActions('Draft', true, true)).toEqual({ submit: true, activate: false, return: false, release: false });
    expect(loanActions('Approved', true, true)).toEqual({ submit: false, activate: true, return: false, release: false });
    expect(loanActions('Active', true, true)).toEqual({ submit: false, activate: false, return: true, release: true });
    expect(loanActions('Returned', true, true)).toEqual({ submit: false, activate: false, return: false, release: false });
  });

  it('a reader is offered nothing', () => {
    expect(Object.values(loanActions('Active', false, false)).some(Boolean)).toBe(false);
    expect(loanActions('Draft', false, true).submit).toBe(false);
  });
});

describe('the board\'s order', () => {
  it('puts overdue loans first and closed ones last', () => {
    const loan = (id: string, status: string, isOverdue = false, creationTime = '2026-01-01') => ({ id, status, isOverdue, creationTime }) as PoolLoanDto;
    const sorted = sortLoans([loan('closed', 'Returned'), loan('open', 'Requested'), loan('late', 'Active', true)]);
    expect(sorted.map(l => l.id)).toEqual(['late', 'open', 'closed']);
  });

  it('shows the units using pool slots first, by name', () => {
    const seat = (orgUnitId: string, poolSlotsInUse: number) =>
      ({ orgUnitId, staffingType: 'PublicInstitution', regularQuota: 5, regularOccupied: 5, vacant: 0, poolSlotsInUse, owedToPoolLoans: 0 }) as UnitSeatsDto;
    const names = new Map([['a', '甲单位'], ['b', '乙单位']]);
    const rows = seatRows([seat('a', 0), seat('b', 1)], names);
    expect(rows.map(row => row.unitName)).toEqual(['乙单位', '甲单位']);
  });
});

describe('the slots a new loan may ask for', () => {
  it('are the free slots no requested, approved or active loan holds (a draft or a closed loan holds none)', () => {
    const slot = (id: string, status: 'Free' | 'Lent' = 'Free') => ({ id, status, currentLoanId: status === 'Lent' ? 'x' : null }) as StaffingPoolSlotDto;
    const loan = (slotId: string, status: string) => ({ slotId, status }) as PoolLoanDto;
    const slots = [slot('approved'), slot('draft'), slot('returned'), slot('lent', 'Lent')];
    const loans = [loan('approved', 'Approved'), loan('draft', 'Draft'), loan('returned', 'Returned')];
    expect(availableSlots(slots, loans).map(s => s.id)).toEqual(['draft', 'returned']);
  });
});
