import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import {
  BenefitAmountKind, BenefitRuleDto, PaymentScheduleKind, TalentPolicyDto, UpdateTalentPolicyDto,
} from '../../proxy/models';
import { ConditionNode, fromConditionDto, group, newComparison, toConditionDto } from './condition-tree';
import { BENEFIT_AMOUNT_KIND } from '../../proxy/models/benefit-amount-kind-array';
import { PAYMENT_SCHEDULE_KIND } from '../../proxy/models/payment-schedule-kind-array';
import { DEGREES, TIER_LEVELS } from '../../shared/enums/enums';
import { formRules } from '../../shared/form-rules/form-rules';

export type Tier = (typeof TIER_LEVELS)[number];
export type Degree = (typeof DEGREES)[number];

export const AMOUNT_KINDS: readonly BenefitAmountKind[] = BENEFIT_AMOUNT_KIND;
export const SCHEDULE_KINDS: readonly PaymentScheduleKind[] = PAYMENT_SCHEDULE_KIND;

/** Most installments of a benefit (the server's BenefitRuleConsts); 1 until the rules are loaded. */
export function maxInstallments(): number {
  return formRules()?.benefitRuleLimits.maxInstallments ?? 1;
}

/** Longest 服务期 in years (BenefitRuleConsts); 1 until the rules are loaded. */
export function maxCommitmentYears(): number {
  return formRules()?.benefitRuleLimits.maxCommitmentYears ?? 1;
}

/** The server's tolerance on shares adding up to 1 (thirds), in percent. */
function shareTolerancePercent(): number {
  return (formRules()?.benefitRuleLimits.shareTolerance ?? 0) * 100;
}

/** A benefit rule as edited: texts as strings ('' = none), amounts in yuan, shares in percent. */
export interface RuleDraft {
  /** Local key for rendering only. */
  readonly key: number;
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly article: string;
  readonly exclusivityGroup: string;
  readonly commitmentYears: number | null;
  readonly condition: ConditionNode;
  readonly amountKind: BenefitAmountKind;
  readonly fixed: number | null;
  /** Both tables are kept while switching kinds; only the one of the kind is sent. */
  readonly tierTable: Readonly<Record<Tier, number | null>>;
  readonly degreeTable: Readonly<Record<Degree, number | null>>;
  readonly scheduleKind: PaymentScheduleKind;
  /** Each year's share in percent (20 = 20 %). */
  readonly shares: readonly (number | null)[];
}

/** The policy's own fields and its rules as edited. */
export interface PolicyDraft {
  readonly titleZh: string;
  readonly titleEn: string;
  readonly document: string;
  readonly effectiveFrom: Date | null;
  readonly effectiveTo: Date | null;
  readonly reassessGranted: boolean;
  readonly rules: readonly RuleDraft[];
}

let lastKey = 0;
const nextKey = () => ++lastKey;

function emptyTable<K extends string>(keys: readonly K[], source?: Readonly<Record<string, number>> | null): Record<K, number | null> {
  return Object.fromEntries(keys.map(key => [key, source?.[key] ?? null])) as Record<K, number | null>;
}

/** A share (0.2) as a percent (20), without float noise. */
export function shareToPercent(share: number): number {
  return Math.round(share * 1_000_000) / 10_000;
}

/** A percent (33.34) as the API's share (0.3334), without float noise. */
export function percentToShare(percent: number | null): number {
  return percent === null ? 0 : Math.round(percent * 10_000) / 1_000_000;
}

/** The sum of the shares in percent, to two decimals. */
export function sharesTotal(shares: readonly (number | null)[]): number {
  return Math.round(shares.reduce<number>((sum, share) => sum + (share ?? 0), 0) * 100) / 100;
}

/** Shares are positive and add up to 100 % (within the server's tolerance). */
export function sharesValid(shares: readonly (number | null)[]): boolean {
  return shares.length > 0 && shares.length <= maxInstallments() && shares.every(share => share !== null && share > 0)
    && Math.abs(sharesTotal(shares) - 100) <= shareTolerancePercent();
}

/** N equal yearly shares in percent, the first one taking the rounding remainder (33.34, 33.33, 33.33). */
export function evenShares(count: number): number[] {
  const n = Math.max(1, Math.min(maxInstallments(), Math.round(count)));
  const each = Math.floor(10_000 / n) / 100;
  const first = Math.round((100 - each * (n - 1)) * 100) / 100;
  return [first, ...Array.from({ length: n - 1 }, () => each)];
}

export function newRule(existingCodes: readonly string[] = []): RuleDraft {
  let number = existingCodes.length + 1;
  while (existingCodes.includes(`rule${number}`)) {
    number++;
  }
  return {
    key: nextKey(),
    code: `rule${number}`,
    nameZh: '',
    nameEn: '',
    article: '',
    exclusivityGroup: '',
    commitmentYears: null,
    condition: group('All', [newComparison('EmployerInZone')]),
    amountKind: 'Fixed',
    fixed: null,
    tierTable: emptyTable(TIER_LEVELS),
    degreeTable: emptyTable(DEGREES),
    scheduleKind: 'LumpSum',
    shares: [],
  };
}

export function fromRuleDto(dto: BenefitRuleDto): RuleDraft {
  const table = dto.amount.table ?? null;
  return {
    key: nextKey(),
    code: dto.code,
    nameZh: dto.nameZh,
    nameEn: dto.nameEn,
    article: dto.article ?? '',
    exclusivityGroup: dto.exclusivityGroup ?? '',
    commitmentYears: dto.commitmentYears ?? null,
    condition: fromConditionDto(dto.condition),
    amountKind: dto.amount.kind,
    fixed: dto.amount.fixed ?? null,
    tierTable: emptyTable(TIER_LEVELS, dto.amount.kind === 'ByTier' ? table : null),
    degreeTable: emptyTable(DEGREES, dto.amount.kind === 'ByDegree' ? table : null),
    scheduleKind: dto.schedule.kind,
    shares: (dto.schedule.shares ?? []).map(shareToPercent),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function tableDto(table: Readonly<Record<string, number | null>>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).filter((entry): entry is [string, number] => entry[1] !== null));
}

export function toRuleDto(rule: RuleDraft): BenefitRuleDto {
  return {
    code: rule.code.trim(),
    nameZh: rule.nameZh.trim(),
    nameEn: rule.nameEn.trim(),
    article: orNull(rule.article),
    exclusivityGroup: orNull(rule.exclusivityGroup),
    commitmentYears: rule.commitmentYears,
    condition: toConditionDto(rule.condition),
    amount: {
      kind: rule.amountKind,
      fixed: rule.amountKind === 'Fixed' ? rule.fixed : null,
      table: rule.amountKind === 'ByTier' ? tableDto(rule.tierTable) : rule.amountKind === 'ByDegree' ? tableDto(rule.degreeTable) : null,
    },
    schedule: {
      kind: rule.scheduleKind,
      shares: rule.scheduleKind === 'Yearly' ? rule.shares.map(percentToShare) : null,
    },
  };
}

/** Switches to yearly installments, starting with five equal shares when there are none. */
export function withScheduleKind(rule: RuleDraft, kind: PaymentScheduleKind): RuleDraft {
  return { ...rule, scheduleKind: kind, shares: kind === 'Yearly' && rule.shares.length === 0 ? evenShares(5) : rule.shares };
}

export function fromPolicyDto(policy: TalentPolicyDto): PolicyDraft {
  return {
    titleZh: policy.titleZh,
    titleEn: policy.titleEn,
    document: policy.document,
    effectiveFrom: fromDateOnly(policy.effectiveFrom),
    effectiveTo: fromDateOnly(policy.effectiveTo),
    reassessGranted: policy.reassessGranted,
    rules: policy.rules.map(fromRuleDto),
  };
}

export function toUpdateDto(draft: PolicyDraft, code: string, concurrencyStamp: string): UpdateTalentPolicyDto {
  return {
    code,
    concurrencyStamp,
    titleZh: draft.titleZh.trim(),
    titleEn: draft.titleEn.trim(),
    document: draft.document.trim(),
    effectiveFrom: draft.effectiveFrom ? toDateOnly(draft.effectiveFrom) : '',
    effectiveTo: draft.effectiveTo ? toDateOnly(draft.effectiveTo) : null,
    reassessGranted: draft.reassessGranted,
    rules: draft.rules.map(toRuleDto),
  };
}

/** What the draft would save, to compare with what was loaded (dirty check). */
export function draftFingerprint(draft: PolicyDraft): string {
  return JSON.stringify(toUpdateDto(draft, '', ''));
}

/** The rules of `next` take the keys of `previous` (same places), so that a reload does not look like new rules. */
export function keepKeys(next: PolicyDraft, previous: PolicyDraft | null): PolicyDraft {
  if (!previous) {
    return next;
  }
  return { ...next, rules: next.rules.map((rule, index) => (index < previous.rules.length ? { ...rule, key: previous.rules[index].key } : rule)) };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) {
    return [...items];
  }
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
