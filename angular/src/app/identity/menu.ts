import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const IDENTITY_MENU: readonly MenuItem[] = [
  { order: 30, textKey: 'Menu:Users', icon: 'user', route: '/identity/users', permission: Permissions.Users.Default },
  { order: 40, textKey: 'Menu:Roles', icon: 'team', route: '/identity/roles', permission: Permissions.Roles.Default },
];
