import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { Culture } from '../../core/i18n/culture';
import { PlanUnitDiffDto } from '../../proxy/models';
import { diffUnitName } from './impact';

/**
 * Tree-select nodes of every unit the plan touches or keeps: the structure after the plan (units it
 * creates included, under their new parent), units it removes still listed under their old parent
 * with `removedSuffix`, so that a change can refer to any of them.
 */
export function unitPickerNodes(units: readonly PlanUnitDiffDto[], culture: Culture, removedSuffix: string): NzTreeNodeOptions[] {
  const ids = new Set(units.map(unit => unit.id));
  const nodes = new Map<string, NzTreeNodeOptions>(units.map(unit => [unit.id, {
    key: unit.id,
    title: unit.diff === 'Removed' ? `${diffUnitName(unit, culture)}（${removedSuffix}）` : diffUnitName(unit, culture),
    expanded: true,
    isLeaf: true,
    children: [],
  }]));
  const roots: NzTreeNodeOptions[] = [];
  for (const unit of units) {
    const parentId = unit.diff === 'Removed' ? unit.parentIdBefore : unit.parentIdAfter;
    const node = nodes.get(unit.id)!;
    const parent = parentId && ids.has(parentId) ? nodes.get(parentId) : undefined;
    if (parent) {
      parent.children!.push(node);
      parent.isLeaf = false;
    } else {
      roots.push(node);
    }
  }
  return roots;
}
