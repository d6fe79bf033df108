import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** This module's entries of the side menu (app.menu.ts composes all modules' entries by `order`). */
export const STAFFING_MENU: readonly MenuItem[] = [
  { order: 60, textKey: 'Posts:Menu', icon: 'solution', route: '/posts', permission: Permissions.Posts.Default, exact: true },
  { order: 70, textKey: 'Seats:Menu', icon: 'appstore', route: '/posts/seat-board', permission: Permissions.Posts.Default },
  { order: 80, textKey: 'Persons:Menu', icon: 'idcard', route: '/persons', permission: Permissions.Persons.Default },
];
