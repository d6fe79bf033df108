import { Permissions } from '../auth/permissions';

export interface MenuItem {
  /** Localization key of the entry's text. */
  textKey: string;
  /** ng-zorro (ant design) icon name. */
  icon: string;
  route: string;
  /** Shown only when the current user is granted this permission. */
  permission: string;
}

export const MAIN_MENU: readonly MenuItem[] = [
  { textKey: 'Menu:Home', icon: 'dashboard', route: '/', permission: Permissions.Dashboard },
  { textKey: 'Menu:Zones', icon: 'global', route: '/zones', permission: Permissions.Zones.Default },
  { textKey: 'Menu:Users', icon: 'user', route: '/identity/users', permission: Permissions.Users.Default },
  { textKey: 'Menu:Roles', icon: 'team', route: '/identity/roles', permission: Permissions.Roles.Default },
  { textKey: 'Menu:AuditLogs', icon: 'audit', route: '/auditing/audit-logs', permission: Permissions.AuditLogs },
];

export function visibleMenuItems(
  items: readonly MenuItem[],
  isGranted: (permission: string) => boolean,
): MenuItem[] {
  return items.filter(item => isGranted(item.permission));
}
