import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const ORGANIZATION_MENU: readonly MenuItem[] = [
  { order: 50, textKey: 'Org:Menu', icon: 'apartment', route: '/organization', permission: Permissions.OrgUnits.Default, exact: true },
  { order: 90, textKey: 'Metrics:Menu', icon: 'bar-chart', route: '/organization/metrics', permission: Permissions.OrgUnits.Default },
  { order: 100, textKey: 'Import:Menu', icon: 'file-excel', route: '/organization/import', permission: Permissions.OrgUnits.Default },
];
