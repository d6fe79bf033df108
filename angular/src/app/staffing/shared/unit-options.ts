import { Culture } from '../../core/i18n/culture';
import { OrgUnitTreeNodeDto } from '../../proxy/models';
import { flattenTree, unitName } from '../../organization/shared/org-tree';

/** unit id → its name in the UI language, for tables that show a unit by id. */
export function unitNames(tree: readonly OrgUnitTreeNodeDto[], culture: Culture): Map<string, string> {
  return new Map(flattenTree(tree).map(unit => [unit.id, unitName(unit, culture)]));
}
