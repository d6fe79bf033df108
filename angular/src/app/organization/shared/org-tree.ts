import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { Culture } from '../../core/i18n/culture';
import { OrgUnitKind, OrgUnitTreeNodeDto, StaffingQuotaDto } from '../../proxy/models';
import { KIND_COLORS } from './kind-colors';

/** Filled and approved slots of a unit, summed over its staffing types. */
export interface UnitCount {
  approved: number;
  occupied: number;
}

/** One node of an ECharts `tree` series. */
export interface OrgChartNode {
  name: string;
  /** The unit's id; empty for the virtual zone root that holds several top-level units. */
  id: string;
  kind: OrgUnitKind | null;
  value: string;
  itemStyle: { color: string; borderColor: string };
  children: OrgChartNode[];
}

export function unitName(unit: { nameZh: string; nameEn: string; shortName?: string | null }, culture: Culture): string {
  return (culture === 'zh-Hans' ? unit.nameZh : unit.nameEn) || unit.nameZh || unit.nameEn;
}

/** Every unit of the tree, parents before children. */
export function flattenTree(roots: readonly OrgUnitTreeNodeDto[]): OrgUnitTreeNodeDto[] {
  return roots.flatMap(root => [root, ...flattenTree(root.children ?? [])]);
}

/** Number of levels of the tree (root = 1, empty = 0). */
export function treeDepth(roots: readonly OrgUnitTreeNodeDto[]): number {
  return roots.reduce((depth, root) => Math.max(depth, 1 + treeDepth(root.children ?? [])), 0);
}

/** The ids of `unitId` and every unit below it (a unit cannot move there). */
export function subtreeIds(roots: readonly OrgUnitTreeNodeDto[], unitId: string): Set<string> {
  const unit = flattenTree(roots).find(node => node.id === unitId);
  return new Set(unit ? flattenTree([unit]).map(node => node.id) : []);
}

/**
 * A chart label: the name over the count (rich text `{count|…}`); `vertical` writes the name one
 * character a line (竖排), for narrow leaf nodes with Chinese names.
 */
export function chartLabel(name: string, count: string, vertical: boolean): string {
  const text = vertical ? [...name].join('\n') : name;
  return count ? `${text}\n{count|${count}}` : text;
}

/** Sums the staffing quotas of each unit over their types: unit id → approved / occupied. */
export function countsByUnit(quotas: readonly StaffingQuotaDto[]): Map<string, UnitCount> {
  const counts = new Map<string, UnitCount>();
  for (const quota of quotas) {
    const count = counts.get(quota.orgUnitId) ?? { approved: 0, occupied: 0 };
    counts.set(quota.orgUnitId, { approved: count.approved + quota.approved, occupied: count.occupied + quota.occupied });
  }
  return counts;
}

/** "filled/approved" of a unit, or '' when it has no quota. */
export function countLabel(count: UnitCount | undefined): string {
  return count && count.approved + count.occupied > 0 ? `${count.occupied}/${count.approved}` : '';
}

/** nz-tree nodes, every level expanded; `disabled` ids cannot be chosen (e.g. a unit's own subtree when moving it). */
export function toTreeNodes(
  roots: readonly OrgUnitTreeNodeDto[],
  culture: Culture,
  disabled: ReadonlySet<string> = new Set(),
): NzTreeNodeOptions[] {
  return [...roots].sort(bySortOrder).map(node => {
    const children = toTreeNodes(node.children ?? [], culture, disabled);
    return {
      title: unitName(node, culture),
      key: node.id,
      kind: node.kind,
      expanded: true,
      isLeaf: children.length === 0,
      disabled: disabled.has(node.id),
      children,
    };
  });
}

/**
 * The ECharts `tree` data of the structure: one root (a virtual root named after the zone when there
 * are several top-level units), nodes coloured by kind, labels "name\nfilled/approved".
 */
export function toChartData(
  roots: readonly OrgUnitTreeNodeDto[],
  counts: ReadonlyMap<string, UnitCount>,
  culture: Culture,
  rootName: string,
): OrgChartNode | null {
  const nodes = [...roots].sort(bySortOrder).map(root => toChartNode(root, counts, culture));
  if (nodes.length === 0) {
    return null;
  }
  if (nodes.length === 1) {
    return nodes[0];
  }
  return { name: rootName, id: '', kind: null, value: '', itemStyle: { color: '#8c8c8c', borderColor: '#8c8c8c' }, children: nodes };
}

function toChartNode(node: OrgUnitTreeNodeDto, counts: ReadonlyMap<string, UnitCount>, culture: Culture): OrgChartNode {
  const color = (node.kind && KIND_COLORS[node.kind]) || '#8c8c8c';
  return {
    name: node.shortName && culture === 'zh-Hans' ? node.shortName : unitName(node, culture),
    id: node.id,
    kind: node.kind,
    value: countLabel(counts.get(node.id)),
    itemStyle: { color, borderColor: color },
    children: [...(node.children ?? [])].sort(bySortOrder).map(child => toChartNode(child, counts, culture)),
  };
}

function bySortOrder(a: OrgUnitTreeNodeDto, b: OrgUnitTreeNodeDto): number {
  return a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
}
