import { Permissions } from '../auth/permissions';

export interface MenuItem {
  /** Localization key of the entry's text. */
  textKey: string;
  /** ng-zorro (ant design) icon name. */
  icon: string;
  route: string;
  /** Shown only when the current user is granted this permission. */
  permission: string;
  /** Highlighted only on exactly its route (not on the routes below it, which have entries of their own). */
  exact?: boolean;
}

export const MAIN_MENU: readonly MenuItem[] = [
  { textKey: 'Menu:Home', icon: 'dashboard', route: '/', permission: Permissions.Dashboard },
  { textKey: 'Menu:Zones', icon: 'global', route: '/zones', permission: Permissions.Zones.Default },
  { textKey: 'Menu:Users', icon: 'user', route: '/identity/users', permission: Permissions.Users.Default },
  { textKey: 'Menu:Roles', icon: 'team', route: '/identity/roles', permission: Permissions.Roles.Default },
  { textKey: 'Org:Menu', icon: 'apartment', route: '/organization', permission: Permissions.OrgUnits.Default, exact: true },
  { textKey: 'Posts:Menu', icon: 'solution', route: '/posts', permission: Permissions.Posts.Default, exact: true },
  { textKey: 'Seats:Menu', icon: 'appstore', route: '/posts/seat-board', permission: Permissions.Posts.Default },
  { textKey: 'Persons:Menu', icon: 'idcard', route: '/persons', permission: Permissions.Persons.Default },
  { textKey: 'Metrics:Menu', icon: 'bar-chart', route: '/organization/metrics', permission: Permissions.OrgUnits.Default },
  { textKey: 'Import:Menu', icon: 'file-excel', route: '/organization/import', permission: Permissions.OrgUnits.Default },
  { textKey: 'Plans:Menu', icon: 'file-text', route: '/plans', permission: Permissions.StaffingPlans.Default },
  { textKey: 'Approvals:Menu', icon: 'inbox', route: '/approvals', permission: Permissions.Approvals, exact: true },
  { textKey: 'Stats:Menu', icon: 'line-chart', route: '/approvals/stats', permission: Permissions.ApprovalStats },
  { textKey: 'Routes:Menu', icon: 'branches', route: '/approvals/routes', permission: Permissions.ApprovalRoutes.Default },
  { textKey: 'WorkCalendar:Menu', icon: 'calendar', route: '/approvals/calendar', permission: Permissions.WorkCalendar },
  { textKey: 'Portal:Menu', icon: 'gift', route: '/my', permission: Permissions.My },
  { textKey: 'Policies:Menu', icon: 'read', route: '/talent-policies', permission: Permissions.TalentPolicies.Default, exact: true },
  { textKey: 'Tiers:Menu', icon: 'crown', route: '/talent-policies/tiers', permission: Permissions.TalentTiers.Default },
  { textKey: 'Certifications:Menu', icon: 'safety-certificate', route: '/talent-policies/certifications', permission: Permissions.TalentCertifications.Default },
  { textKey: 'Matching:Menu', icon: 'thunderbolt', route: '/talent-policies/matching', permission: Permissions.Matching },
  { textKey: 'Entitlements:Menu', icon: 'account-book', route: '/benefits/entitlements', permission: Permissions.Entitlements },
  { textKey: 'Installments:Menu', icon: 'money-collect', route: '/benefits/installments', permission: Permissions.Installments.Default },
  { textKey: 'Menu:AuditLogs', icon: 'audit', route: '/auditing/audit-logs', permission: Permissions.AuditLogs },
];

export function visibleMenuItems(
  items: readonly MenuItem[],
  isGranted: (permission: string) => boolean,
): MenuItem[] {
  return items.filter(item => isGranted(item.permission));
}
