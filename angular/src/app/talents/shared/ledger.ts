import { InstallmentGetList$Params } from '../../proxy/fn/installment/installment-get-list';
import { DisclosureLineDto, InstallmentLineDto, InstallmentStatus } from '../../proxy/models';

/** Maximum lengths of a reason and of a voucher number (InstallmentConsts on the server). */
export const REASON_MAX_LENGTH = 500;
export const VOUCHER_MAX_LENGTH = 64;

/** The ledger's views: the due list (scheduled, due by a day), everything, paid, suspended; and 资金公示. */
export type LedgerTab = 'due' | 'all' | 'paid' | 'suspended' | 'disclosure';

export const LEDGER_TABS: readonly { tab: LedgerTab; key: string }[] = [
  { tab: 'due', key: 'Installments:TabDue' },
  { tab: 'all', key: 'Installments:TabAll' },
  { tab: 'paid', key: 'Installments:TabPaid' },
  { tab: 'suspended', key: 'Installments:TabSuspended' },
  { tab: 'disclosure', key: 'Installments:TabDisclosure' },
];

const STATUS_OF: Readonly<Record<Exclude<LedgerTab, 'disclosure'>, InstallmentStatus | undefined>> = {
  due: 'Scheduled',
  all: undefined,
  paid: 'Paid',
  suspended: 'Suspended',
};

/** The list filters of a ledger tab: the due list is the scheduled installments due by `dueBy`. */
export function ledgerFilters(tab: LedgerTab, dueBy: string): Pick<InstallmentGetList$Params, 'status' | 'dueBy'> {
  if (tab === 'disclosure') {
    return { status: undefined, dueBy: undefined };
  }
  return { status: STATUS_OF[tab], dueBy: tab === 'due' ? dueBy : undefined };
}

/** What HR may do with an installment: pay or suspend it while scheduled, resume it while suspended. */
export function installmentActions(line: Pick<InstallmentLineDto, 'status'>): { pay: boolean; suspend: boolean; resume: boolean } {
  return {
    pay: line.status === 'Scheduled',
    suspend: line.status === 'Scheduled',
    resume: line.status === 'Suspended',
  };
}

/** "第 2/5 期" parts: the installment's number of its count. */
export function installmentOf(line: Pick<InstallmentLineDto, 'number' | 'count'>): string {
  return `${line.number}/${line.count}`;
}

/** The sum of the 资金公示 lines. */
export function disclosureTotal(lines: readonly Pick<DisclosureLineDto, 'amount'>[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

/** The first day of the month of a date ("2026-11-20" → "2026-11-01"): the default start of a 公示 period. */
export function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}
