import { InjectionToken } from '@angular/core';
import { MenuItem } from './menu-item';

export type { MenuItem } from './menu-item';

/**
 * The side menu's entries. The shell knows no module: the app composes the modules' entries
 * (`<module>/menu.ts`, beside each routes.ts) in app.menu.ts and provides them here (app.config.ts).
 */
export const MENU_ITEMS = new InjectionToken<readonly MenuItem[]>('MENU_ITEMS', { factory: () => [] });

/** The modules' entries, in menu order. */
export function composeMenu(...modules: readonly (readonly MenuItem[])[]): MenuItem[] {
  return modules.flat().sort((a, b) => a.order - b.order);
}

export function visibleMenuItems(
  items: readonly MenuItem[],
  isGranted: (permission: string) => boolean,
): MenuItem[] {
  return items.filter(item => isGranted(item.permission));
}
