import { Permissions } from '../auth/permissions';
import { MAIN_MENU } from '../../app.menu';
import { composeMenu, MenuItem, visibleMenuItems } from './menu';

describe('visibleMenuItems', () => {
  const grantedTo = (...permissions: string[]) => (permission: string) => permissions.includes(permission);

  it('shows an HR officer only the entries of granted permissions', () => {
    const items = visibleMenuItems(MAIN_MENU, grantedTo(Permissions.Dashboard, Permissions.Users.Default));
    expect(items.map(item => item.route)).toEqual(['/', '/identity/users']);
  });

  it('shows the host admin every entry, in menu order', () => {
    const everything = MAIN_MENU.map(item => item.permission);
    expect(visibleMenuItems(MAIN_MENU, grantedTo(...everything))).toEqual([...MAIN_MENU]);
  });

  it('shows nothing without permissions', () => {
    expect(visibleMenuItems(MAIN_MENU, grantedTo())).toEqual([]);
  });

  it('uses a localization key for every entry', () => {
    expect(MAIN_MENU.every(item => /^[A-Z][A-Za-z]+:[A-Z][A-Za-z]*$/.test(item.textKey))).toBe(true);
  });

  it('shows the organization entries to whoever may read units, posts and persons', () => {
    const items = visibleMenuItems(MAIN_MENU, grantedTo(Permissions.OrgUnits.Default, Permissions.Posts.Default));
    expect(items.map(item => item.route)).toEqual([
      '/organization', '/posts', '/posts/seat-board', '/organization/metrics', '/organization/import',
    ]);
  });

  it("composes the modules' entries into the menu order the shell always had", () => {
    expect(MAIN_MENU.map(item => item.route)).toEqual([
      '/', '/zones', '/identity/users', '/identity/roles', '/organization', '/posts', '/posts/seat-board', '/persons',
      '/organization/metrics', '/organization/import', '/plans', '/approvals', '/approvals/stats', '/approvals/routes',
      '/approvals/calendar', '/my', '/talent-policies', '/talent-policies/tiers', '/talent-policies/certifications',
      '/talent-policies/matching', '/benefits/entitlements', '/benefits/installments', '/recruitment-plans', '/staffing-pool', '/recruitment-campaigns', '/recruitment-notices', '/recruitment-stats',
      '/auditing/audit-logs',
    ]);
    expect(new Set(MAIN_MENU.map(item => item.order)).size).toBe(MAIN_MENU.length);
  });

  it('sorts interleaved module entries by their order', () => {
    const entry = (order: number): MenuItem => ({ order, textKey: 'Menu:X', icon: 'x', route: `/${order}`, permission: 'P' });
    expect(composeMenu([entry(30), entry(10)], [entry(20)]).map(item => item.order)).toEqual([10, 20, 30]);
  });
});
