import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu-item';

/** This module's entries of the side menu (the shell composes all modules' entries by `order`). */
export const ZONES_MENU: readonly MenuItem[] = [
  { order: 20, textKey: 'Menu:Zones', icon: 'global', route: '/zones', permission: Permissions.Zones.Default },
];
