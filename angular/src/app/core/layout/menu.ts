import { AUDITING_MENU } from '../../auditing/menu';
import { HOME_MENU } from '../../home/menu';
import { IDENTITY_MENU } from '../../identity/menu';
import { ORGANIZATION_MENU } from '../../organization/menu';
import { PLANNING_MENU } from '../../planning/menu';
import { STAFFING_MENU } from '../../staffing/menu';
import { TALENTS_MENU } from '../../talents/menu';
import { ZONES_MENU } from '../../zones/menu';
import { MenuItem } from './menu-item';

export type { MenuItem } from './menu-item';

/** The modules' entries, in menu order. */
export function composeMenu(...modules: readonly (readonly MenuItem[])[]): MenuItem[] {
  return modules.flat().sort((a, b) => a.order - b.order);
}

export const MAIN_MENU: readonly MenuItem[] = composeMenu(
  HOME_MENU, ZONES_MENU, IDENTITY_MENU, ORGANIZATION_MENU, STAFFING_MENU, PLANNING_MENU, TALENTS_MENU, AUDITING_MENU,
);

export function visibleMenuItems(
  items: readonly MenuItem[],
  isGranted: (permission: string) => boolean,
): MenuItem[] {
  return items.filter(item => isGranted(item.permission));
}
