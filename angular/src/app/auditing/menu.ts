import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const AUDITING_MENU: readonly MenuItem[] = [
  { order: 230, textKey: 'Menu:AuditLogs', icon: 'audit', route: '/auditing/audit-logs', permission: Permissions.AuditLogs },
];
