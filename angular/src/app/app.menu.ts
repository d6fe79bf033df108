import { AUDITING_MENU } from './auditing/menu';
import { composeMenu, MenuItem } from './core/layout/menu';
import { HOME_MENU } from './home/menu';
import { IDENTITY_MENU } from './identity/menu';
import { ORGANIZATION_MENU } from './organization/menu';
import { PLANNING_MENU } from './planning/menu';
import { RECRUITMENT_CAMPAIGNS_MENU } from './recruitment/campaigns/menu';
import { RECRUITMENT_OUTCOME_MENU } from './recruitment/outcome/menu';
import { RECRUITMENT_PLANS_MENU } from './recruitment/plans-menu';
import { STAFFING_MENU } from './staffing/menu';
import { TALENTS_MENU } from './talents/menu';
import { ZONES_MENU } from './zones/menu';

/** Every module's side-menu entries (each module declares its own beside its routes.ts). */
export const MAIN_MENU: readonly MenuItem[] = composeMenu(
  HOME_MENU, ZONES_MENU, IDENTITY_MENU, ORGANIZATION_MENU, STAFFING_MENU, PLANNING_MENU, TALENTS_MENU, RECRUITMENT_PLANS_MENU,
  RECRUITMENT_CAMPAIGNS_MENU, RECRUITMENT_OUTCOME_MENU, AUDITING_MENU,
);
