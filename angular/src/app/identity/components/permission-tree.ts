import { PermissionGrantInfoDto as PermissionGrantInfo } from '../../proxy/models';

/**
 * Grant rules of a permission tree: a child needs its parent, so granting a child grants its
 * ancestors and revoking a parent revokes its descendants. Returns the new set of granted names.
 */
export function toggleGrant(
  permissions: readonly PermissionGrantInfo[],
  granted: ReadonlySet<string>,
  name: string,
  isGranted: boolean,
): Set<string> {
  const next = new Set(granted);
  const byName = new Map(permissions.map(permission => [permission.name, permission]));
  if (isGranted) {
    for (let current = byName.get(name); current; current = current.parentName ? byName.get(current.parentName) : undefined) {
      next.add(current.name);
    }
  } else {
    for (const descendant of [name, ...descendantsOf(permissions, name)]) {
      next.delete(descendant);
    }
  }
  return next;
}

export function descendantsOf(permissions: readonly PermissionGrantInfo[], name: string): string[] {
  const children = permissions.filter(permission => permission.parentName === name).map(permission => permission.name);
  return children.flatMap(child => [child, ...descendantsOf(permissions, child)]);
}

/** Nesting level of a permission inside its group, for indentation. */
export function depthOf(permissions: readonly PermissionGrantInfo[], permission: PermissionGrantInfo): number {
  const byName = new Map(permissions.map(item => [item.name, item]));
  let depth = 0;
  for (let parent = permission.parentName; parent && byName.has(parent); parent = byName.get(parent)!.parentName) {
    depth++;
  }
  return depth;
}
