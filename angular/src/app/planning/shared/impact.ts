import { Culture } from '../../core/i18n/culture';
import { OrgMetricsSummaryDto, PlanDiffKind, PlanUnitDiffDto, PlanViolationDto } from '../../proxy/models';
import { DIFF_COLORS } from './plan-enums';

/** One node of the before/after org chart (an ECharts `tree` series item). */
export interface ImpactChartNode {
  id: string;
  name: string;
  /** Post count "before→after" (or the one count when unchanged). */
  value: string;
  diff: PlanDiffKind;
  itemStyle: { color: string; borderColor: string; borderType?: 'dashed'; opacity?: number };
  label: { color: string; fontWeight?: 'bold' };
  lineStyle?: { type: 'dashed'; color: string };
  children: ImpactChartNode[];
}

export function diffUnitName(unit: PlanUnitDiffDto, culture: Culture): string {
  return (culture === 'zh-Hans' ? unit.nameZh : unit.nameEn) || unit.nameZh || unit.nameEn;
}

function postCounts(unit: PlanUnitDiffDto): string {
  if (unit.diff === 'Added') {
    return String(unit.postCountAfter);
  }
  if (unit.diff === 'Removed') {
    return String(unit.postCountBefore);
  }
  return unit.postCountBefore === unit.postCountAfter ? String(unit.postCountAfter) : `${unit.postCountBefore}→${unit.postCountAfter}`;
}

/**
 * The structure after the plan, with what the plan removes still drawn where it was: each unit under
 * its parent after (a removed one under its parent before), coloured by its diff — added green,
 * removed red and dashed, moved orange, changed blue, unchanged grey. Several roots get a virtual
 * root named `rootName`.
 */
export function impactChartData(units: readonly PlanUnitDiffDto[], culture: Culture, rootName: string): ImpactChartNode | null {
  const ids = new Set(units.map(unit => unit.id));
  const nodes = new Map<string, ImpactChartNode>(units.map(unit => [unit.id, toNode(unit, culture)]));
  const roots: ImpactChartNode[] = [];
  for (const unit of units) {
    const parentId = unit.diff === 'Removed' ? unit.parentIdBefore : unit.parentIdAfter;
    const node = nodes.get(unit.id)!;
    const parent = parentId && ids.has(parentId) ? nodes.get(parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  if (roots.length === 0) {
    return null;
  }
  if (roots.length === 1) {
    return roots[0];
  }
  const grey = DIFF_COLORS.Unchanged;
  return {
    id: '', name: rootName, value: '', diff: 'Unchanged', itemStyle: { color: grey, borderColor: grey }, label: { color: '#262626' },
    children: roots,
  };
}

function toNode(unit: PlanUnitDiffDto, culture: Culture): ImpactChartNode {
  const color = DIFF_COLORS[unit.diff];
  const node: ImpactChartNode = {
    id: unit.id,
    name: diffUnitName(unit, culture),
    value: postCounts(unit),
    diff: unit.diff,
    itemStyle: { color, borderColor: color },
    label: unit.diff === 'Unchanged' ? { color: '#262626' } : { color, fontWeight: 'bold' },
    children: [],
  };
  if (unit.diff === 'Removed') {
    node.itemStyle = { color: '#fff', borderColor: color, borderType: 'dashed', opacity: 0.8 };
    node.lineStyle = { type: 'dashed', color };
  }
  return node;
}

/** How many units of each kind of diff there are (the legend's counts). */
export function diffCounts(units: readonly PlanUnitDiffDto[]): Record<PlanDiffKind, number> {
  const counts: Record<PlanDiffKind, number> = { Added: 0, Removed: 0, Moved: 0, Changed: 0, Unchanged: 0 };
  units.forEach(unit => counts[unit.diff]++);
  return counts;
}

/** A before→after metric card. `better`: which direction is an improvement (flatter, leaner). */
export interface MetricCard {
  key: string;
  labelKey: string;
  before: string;
  after: string;
  trend: 'up' | 'down' | 'same';
  improved: boolean | null;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

function card(
  key: string, labelKey: string, before: number, after: number, format: (value: number) => string,
  better: 'lower' | 'higher' | null,
): MetricCard {
  const trend = after > before ? 'up' : after < before ? 'down' : 'same';
  const improved = trend === 'same' || better === null ? null : (better === 'lower') === (trend === 'down');
  return { key, labelKey, before: format(before), after: format(after), trend, improved };
}

/** The metric cards of the impact panel (a flat, lean structure is the aim: fewer layers and units are better). */
export function metricCards(before: OrgMetricsSummaryDto, after: OrgMetricsSummaryDto): MetricCard[] {
  const usage = (summary: OrgMetricsSummaryDto) => {
    const approved = summary.quotaUsage.reduce((sum, row) => sum + row.approved, 0);
    const occupied = summary.quotaUsage.reduce((sum, row) => sum + row.occupied, 0);
    return approved > 0 ? occupied / approved : 0;
  };
  return [
    card('layers', 'Metrics:Layers', before.layers, after.layers, number, 'lower'),
    card('units', 'Metrics:UnitCount', before.unitCount, after.unitCount, number, 'lower'),
    card('span', 'Impact:AverageSpan', before.averageSpan, after.averageSpan, number, 'higher'),
    card('staff', 'Metrics:StaffCount', before.staffCount, after.staffCount, number, null),
    card('unitsPer100', 'Metrics:UnitsPer100Staff', before.unitsPer100Staff, after.unitsPer100Staff, number, 'lower'),
    card('leadership', 'Metrics:LeaderShare', before.leadershipShare, after.leadershipShare, percent, 'lower'),
    card('quota', 'Impact:QuotaUsage', usage(before), usage(after), percent, null),
  ];
}

/** How a violation is shown: new hard ones block submission (red), other new ones warn (orange), old ones are grey. */
export function violationSeverity(violation: PlanViolationDto): 'blocking' | 'warning' | 'existing' {
  if (!violation.isNew) {
    return 'existing';
  }
  return violation.isHard ? 'blocking' : 'warning';
}

/** New ones first (blocking before warnings), then the existing ones. */
export function sortViolations(violations: readonly PlanViolationDto[]): PlanViolationDto[] {
  const order = { blocking: 0, warning: 1, existing: 2 };
  return [...violations].sort((a, b) => order[violationSeverity(a)] - order[violationSeverity(b)]);
}
