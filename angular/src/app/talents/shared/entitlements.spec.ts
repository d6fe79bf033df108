import { EntitlementDto, InstallmentDto } from '../../proxy/models';
import { canClawBack, isServiceEntitlement, paymentTimeline, portalTotals, splitEntitlements } from './entitlements';

const entitlement = (ruleCode: string, patch: Partial<EntitlementDto> = {}): EntitlementDto => ({
  id: ruleCode, profileId: 'p1', profileName: '张明', policyCode: 'TP-2024', policyVersion: 1, policyTitle: '人才引进若干政策',
  policyDocument: '高管发〔2024〕5号', article: '第五条', ruleCode, name: ruleCode, amount: 0, payments: [], installments: [],
  paidAmount: 0, status: 'Proposed', grantedAt: '2026-01-05T08:00:00+00:00', updatedAt: '2026-01-05T08:00:00+00:00',
  confirmedAt: null, revokeReason: null, decidedOn: '2026-01-05', explanation: [], commitmentYears: null, leftOn: null,
  clawbackAmount: null, clawbackReason: null, concurrencyStamp: 'stamp', ...patch,
});

const installment = (number: number, patch: Partial<InstallmentDto>): InstallmentDto => ({
  id: `i${number}`, entitlementId: 'e', number, dueOn: `${2025 + number}-01-05`, amount: 400_000, status: 'Scheduled', paidOn: null,
  voucherNo: null, suspendReason: null, ...patch,
});

const FIVE_YEARS = [1, 2, 3, 4, 5].map(number => ({ number, dueOn: `${2025 + number}-01-05`, amount: 400_000 }));

describe('payment timeline', () => {
  it('shows the installments once confirmed: paid with date and voucher, suspended with why, scheduled, cancelled', () => {
    const settling = entitlement('settling', {
      amount: 1_600_000, status: 'Paying', payments: FIVE_YEARS.slice(0, 4), installments: [
        installment(3, { status: 'Suspended', suspendReason: '人才档案已停用', voucherNo: 'ignored' }),
        installment(1, { status: 'Paid', paidOn: '2026-01-08', voucherNo: 'DALIAN-FK-20260108-0001' }),
        installment(2, { status: 'Scheduled' }),
        installment(4, { status: 'Cancelled' }),
      ],
    });
    expect(paymentTimeline(settling)).toEqual([
      { number: 1, amount: 400_000, date: '2026-01-08', kind: 'paid', voucherNo: 'DALIAN-FK-20260108-0001', reason: null },
      { number: 2, amount: 400_000, date: '2027-01-05', kind: 'scheduled', voucherNo: null, reason: null },
      { number: 3, amount: 400_000, date: '2028-01-05', kind: 'suspended', voucherNo: null, reason: '人才档案已停用' },
      { number: 4, amount: 400_000, date: '2029-01-05', kind: 'cancelled', voucherNo: null, reason: null },
    ]);
  });

  it('shows the schedule as proposed while HR has not confirmed it', () => {
    const timeline = paymentTimeline(entitlement('research', { amount: 2_000_000, payments: [...FIVE_YEARS].reverse() }));
    expect(timeline.map(item => [item.number, item.kind, item.date])).toEqual(FIVE_YEARS.map(p => [p.number, 'proposed', p.dueOn]));
  });

  it('a paid installment without a payment date falls back to the due date', () => {
    const [item] = paymentTimeline(entitlement('x', { amount: 1, installments: [installment(1, { status: 'Paid', amount: 1 })] }));
    expect(item.date).toBe('2026-01-05');
  });

  it('has no payments for a service', () => {
    const school = entitlement('school', { amount: 0, status: 'Completed', payments: [{ number: 1, dueOn: '2026-01-05', amount: 0 }] });
    expect(isServiceEntitlement(school)).toBe(true);
    expect(paymentTimeline(school)).toEqual([]);
  });
});

describe('portal totals', () => {
  it('adds up granted = paid + to come over the benefits still granted', () => {
    const totals = portalTotals([
      // Confirmed and being paid: 400,000 paid, 400,000 scheduled, 400,000 suspended (still to come), one cancelled.
      entitlement('settling', {
        amount: 1_200_000, status: 'Paying', paidAmount: 400_000, installments: [
          installment(1, { status: 'Paid' }), installment(2, { status: 'Scheduled' }), installment(3, { status: 'Suspended' }),
        ],
      }),
      // Only proposed: all to come.
      entitlement('living', { amount: 36_000, payments: FIVE_YEARS }),
      // A service: counted, no money.
      entitlement('school', { status: 'Completed' }),
      // No longer granted: left out.
      entitlement('rent', { amount: 30_000, status: 'Revoked', revokeReason: '已购房' }),
      entitlement('research', {
        amount: 800_000, status: 'ClawedBack', paidAmount: 400_000, clawbackAmount: 200_000,
        installments: [installment(1, { status: 'Paid' }), installment(2, { status: 'Cancelled' })],
      }),
    ]);
    expect(totals).toEqual({ granted: 1_236_000, paid: 400_000, toCome: 836_000, count: 3 });
  });

  it('is zero without benefits', () => {
    expect(portalTotals([])).toEqual({ granted: 0, paid: 0, toCome: 0, count: 0 });
  });
});

describe('portal lists', () => {
  it('puts the benefits being paid first and services after money within a status; revoked ones apart', () => {
    const { granted, revoked } = splitEntitlements([
      entitlement('apartment', { amount: 100, status: 'Proposed' }),
      entitlement('medical', { status: 'Completed' }),
      entitlement('rent', { amount: 100, status: 'Revoked' }),
      entitlement('research', { amount: 100, status: 'Confirmed' }),
      entitlement('school', { status: 'Proposed' }),
      entitlement('settling', { amount: 100, status: 'Paying' }),
      entitlement('living', { amount: 100, status: 'Proposed' }),
      entitlement('bonus', { amount: 100, status: 'ClawedBack' }),
    ]);
    expect(granted.map(item => item.ruleCode)).toEqual(['settling', 'research', 'medical', 'apartment', 'living', 'school', 'bonus']);
    expect(revoked.map(item => item.ruleCode)).toEqual(['rent']);
  });
});

describe('claw back', () => {
  it('applies once payments began on a benefit with a commitment period', () => {
    expect(canClawBack(entitlement('a', { status: 'Paying', commitmentYears: 5, paidAmount: 400_000 }))).toBe(true);
    expect(canClawBack(entitlement('b', { status: 'Completed', commitmentYears: 3, paidAmount: 10 }))).toBe(true);
    expect(canClawBack(entitlement('c', { status: 'Confirmed', commitmentYears: 5, paidAmount: 0 }))).toBe(false);
    expect(canClawBack(entitlement('d', { status: 'Paying', commitmentYears: null, paidAmount: 400_000 }))).toBe(false);
    expect(canClawBack(entitlement('e', { status: 'ClawedBack', commitmentYears: 5, paidAmount: 400_000 }))).toBe(false);
  });
});
