import { disclosureTotal, installmentActions, installmentOf, LEDGER_TABS, ledgerFilters, monthStart } from './ledger';

describe('ledger tabs', () => {
  it('lists the scheduled installments due by the day as the due list', () => {
    expect(ledgerFilters('due', '2026-11-20')).toEqual({ status: 'Scheduled', dueBy: '2026-11-20' });
  });

  it('filters the other tabs by status only', () => {
    expect(ledgerFilters('all', '2026-11-20')).toEqual({ status: undefined, dueBy: undefined });
    expect(ledgerFilters('paid', '2026-11-20')).toEqual({ status: 'Paid', dueBy: undefined });
    expect(ledgerFilters('suspended', '2026-11-20')).toEqual({ status: 'Suspended', dueBy: undefined });
    expect(ledgerFilters('disclosure', '2026-11-20')).toEqual({ status: undefined, dueBy: undefined });
  });

  it('starts with the due list and ends with the 资金公示', () => {
    expect(LEDGER_TABS.map(item => item.tab)).toEqual(['due', 'all', 'paid', 'suspended', 'disclosure']);
  });
});

describe('installment actions', () => {
  it('pays or suspends a scheduled installment, resumes a suspended one, nothing else', () => {
    expect(installmentActions({ status: 'Scheduled' })).toEqual({ pay: true, suspend: true, resume: false });
    expect(installmentActions({ status: 'Suspended' })).toEqual({ pay: false, suspend: false, resume: true });
    expect(installmentActions({ status: 'Paid' })).toEqual({ pay: false, suspend: false, resume: false });
    expect(installmentActions({ status: 'Cancelled' })).toEqual({ pay: false, suspend: false, resume: false });
  });

  it('numbers an installment of its count', () => {
    expect(installmentOf({ number: 2, count: 5 })).toBe('2/5');
  });
});

describe('disclosure', () => {
  it('adds up the lines', () => {
    expect(disclosureTotal([{ amount: 400_000 }, { amount: 7_200 }])).toBe(407_200);
    expect(disclosureTotal([])).toBe(0);
  });

  it('starts the default period on the first of the month', () => {
    expect(monthStart('2026-11-20')).toBe('2026-11-01');
  });
});
