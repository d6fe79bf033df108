import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const ZONES_MENU: readonly MenuItem[] = [
  { order: 20, textKey: 'Menu:Zones', icon: 'global', route: '/zones', permission: Permissions.Zones.Default },
];
