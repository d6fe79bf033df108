import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu-item';

/** This module's entries of the side menu (the shell composes all modules' entries by `order`). */
export const AUDITING_MENU: readonly MenuItem[] = [
  { order: 230, textKey: 'Menu:AuditLogs', icon: 'audit', route: '/auditing/audit-logs', permission: Permissions.AuditLogs },
];
