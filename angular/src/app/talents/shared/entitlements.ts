import {
  EntitlementDto, EntitlementStatus, InstallmentStatus,
} from '../../proxy/models';
import { ENTITLEMENT_STATUS } from '../../proxy/models/entitlement-status-array';
import { INSTALLMENT_STATUS } from '../../proxy/models/installment-status-array';

/** Every status of an entitlement, in the order of its life (for the filters). */
export const ENTITLEMENT_STATUSES: readonly EntitlementStatus[] = ENTITLEMENT_STATUS;
export const INSTALLMENT_STATUSES: readonly InstallmentStatus[] = INSTALLMENT_STATUS;

/** nz-tag colours of the entitlement statuses. */
export const ENTITLEMENT_STATUS_COLORS: Readonly<Record<EntitlementStatus, string>> = {
  Proposed: 'gold',
  Confirmed: 'blue',
  Paying: 'cyan',
  Completed: 'success',
  Revoked: 'default',
  ClawedBack: 'error',
};

/** nz-tag colours of the installment statuses. */
export const INSTALLMENT_STATUS_COLORS: Readonly<Record<InstallmentStatus, string>> = {
  Scheduled: 'default',
  Paid: 'success',
  Suspended: 'error',
  Cancelled: 'default',
};

/** A service (子女入学, 医疗绿色通道, …) grants no money: shown as a service, never as "0 元". */
export function isServiceEntitlement(entitlement: Pick<EntitlementDto, 'amount'>): boolean {
  return entitlement.amount === 0;
}

/** No longer granted: revoked by a later matching run (the facts or the policy changed). */
export function isRevoked(entitlement: Pick<EntitlementDto, 'status'>): boolean {
  return entitlement.status === 'Revoked';
}

/** How one payment of a benefit stands, as the timeline shows it. */
export type TimelineKind = 'paid' | 'scheduled' | 'suspended' | 'cancelled' | 'proposed';

export interface TimelineItem {
  number: number;
  amount: number;
  /** The day it was paid (paid), otherwise the day it is (was) due. */
  date: string;
  kind: TimelineKind;
  voucherNo: string | null;
  /** Why it is suspended. */
  reason: string | null;
}

/** nz-timeline colours: paid green, suspended red, the rest grey; a proposal (not yet confirmed) blue. */
export const TIMELINE_COLORS: Readonly<Record<TimelineKind, string>> = {
  paid: 'green',
  scheduled: 'gray',
  suspended: 'red',
  cancelled: 'gray',
  proposed: 'blue',
};

const KIND_OF: Readonly<Record<InstallmentStatus, TimelineKind>> = {
  Paid: 'paid',
  Scheduled: 'scheduled',
  Suspended: 'suspended',
  Cancelled: 'cancelled',
};

/**
 * The payments of a benefit in order: its installments once confirmed (paid with the date and voucher,
 * scheduled with the due date, suspended with the reason, cancelled), else the schedule as proposed.
 * A service has none.
 */
export function paymentTimeline(entitlement: Pick<EntitlementDto, 'amount' | 'installments' | 'payments'>): TimelineItem[] {
  if (isServiceEntitlement(entitlement)) {
    return [];
  }
  if (entitlement.installments.length > 0) {
    return [...entitlement.installments]
      .sort((a, b) => a.number - b.number)
      .map(installment => {
        const kind = KIND_OF[installment.status];
        return {
          number: installment.number,
          amount: installment.amount,
          date: kind === 'paid' ? (installment.paidOn ?? installment.dueOn) : installment.dueOn,
          kind,
          voucherNo: kind === 'paid' ? installment.voucherNo : null,
          reason: kind === 'suspended' ? installment.suspendReason : null,
        };
      });
  }
  return [...entitlement.payments]
    .sort((a, b) => a.number - b.number)
    .map(payment => ({ number: payment.number, amount: payment.amount, date: payment.dueOn, kind: 'proposed', voucherNo: null, reason: null }));
}

export interface PortalTotals {
  /** What the talent is granted (revoked and clawed-back benefits left out). */
  granted: number;
  /** Paid so far on those. */
  paid: number;
  /** Still to come on those: the scheduled and suspended installments, or the whole amount while only proposed. */
  toCome: number;
  /** How many benefits are granted, services included. */
  count: number;
}

/** The talent's totals: granted = paid + to come, over the benefits still granted. */
export function portalTotals(entitlements: readonly EntitlementDto[]): PortalTotals {
  const totals: PortalTotals = { granted: 0, paid: 0, toCome: 0, count: 0 };
  for (const entitlement of entitlements) {
    if (entitlement.status === 'Revoked' || entitlement.status === 'ClawedBack') {
      continue;
    }
    totals.count++;
    totals.granted += entitlement.amount;
    totals.paid += entitlement.paidAmount;
    totals.toCome += entitlement.installments.length > 0
      ? entitlement.installments
        .filter(installment => installment.status === 'Scheduled' || installment.status === 'Suspended')
        .reduce((sum, installment) => sum + installment.amount, 0)
      : Math.max(0, entitlement.amount - entitlement.paidAmount);
  }
  return totals;
}

const STATUS_ORDER: readonly EntitlementStatus[] = ['Paying', 'Confirmed', 'Completed', 'Proposed', 'ClawedBack', 'Revoked'];

/**
 * The portal's two lists: the benefits still granted (being paid first, then confirmed, completed,
 * proposed, clawed back; money before services, the server's policy order within each) and the revoked ones.
 */
export function splitEntitlements(entitlements: readonly EntitlementDto[]): { granted: EntitlementDto[]; revoked: EntitlementDto[] } {
  const ranked = entitlements
    .map((entitlement, index) => ({ entitlement, index }))
    .sort((a, b) =>
      STATUS_ORDER.indexOf(a.entitlement.status) - STATUS_ORDER.indexOf(b.entitlement.status)
      || Number(isServiceEntitlement(a.entitlement)) - Number(isServiceEntitlement(b.entitlement))
      || a.index - b.index)
    .map(entry => entry.entitlement);
  return { granted: ranked.filter(item => !isRevoked(item)), revoked: ranked.filter(isRevoked) };
}

/** Claw back applies once payments began on a benefit with a 服务期 (the server has the last word). */
export function canClawBack(entitlement: Pick<EntitlementDto, 'status' | 'commitmentYears' | 'paidAmount'>): boolean {
  return (entitlement.status === 'Paying' || entitlement.status === 'Completed')
    && !!entitlement.commitmentYears && entitlement.paidAmount > 0;
}
