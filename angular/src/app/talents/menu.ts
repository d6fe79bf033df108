import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const TALENTS_MENU: readonly MenuItem[] = [
  { order: 160, textKey: 'Portal:Menu', icon: 'gift', route: '/my', permission: Permissions.My },
  { order: 170, textKey: 'Policies:Menu', icon: 'read', route: '/talent-policies', permission: Permissions.TalentPolicies.Default, exact: true },
  { order: 180, textKey: 'Tiers:Menu', icon: 'crown', route: '/talent-policies/tiers', permission: Permissions.TalentTiers.Default },
  { order: 190, textKey: 'Certifications:Menu', icon: 'safety-certificate', route: '/talent-policies/certifications', permission: Permissions.TalentCertifications.Default },
  { order: 200, textKey: 'Matching:Menu', icon: 'thunderbolt', route: '/talent-policies/matching', permission: Permissions.Matching },
  { order: 210, textKey: 'Entitlements:Menu', icon: 'account-book', route: '/benefits/entitlements', permission: Permissions.Entitlements },
  { order: 220, textKey: 'Installments:Menu', icon: 'money-collect', route: '/benefits/installments', permission: Permissions.Installments.Default },
];
