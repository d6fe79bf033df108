import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const PLANNING_MENU: readonly MenuItem[] = [
  { order: 110, textKey: 'Plans:Menu', icon: 'file-text', route: '/plans', permission: Permissions.StaffingPlans.Default },
  { order: 120, textKey: 'Approvals:Menu', icon: 'inbox', route: '/approvals', permission: Permissions.Approvals, exact: true },
  { order: 130, textKey: 'Stats:Menu', icon: 'line-chart', route: '/approvals/stats', permission: Permissions.ApprovalStats },
  { order: 140, textKey: 'Routes:Menu', icon: 'branches', route: '/approvals/routes', permission: Permissions.ApprovalRoutes.Default },
  { order: 150, textKey: 'WorkCalendar:Menu', icon: 'calendar', route: '/approvals/calendar', permission: Permissions.WorkCalendar },
];
