import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const HOME_MENU: readonly MenuItem[] = [
  { order: 10, textKey: 'Menu:Home', icon: 'dashboard', route: '/', permission: Permissions.Dashboard },
];
