import { Permissions } from '../../core/auth/permissions';
import { MenuItem } from '../../core/layout/menu';

/** The recruitment outcome's side-menu entries (orders 220–229). */
export const RECRUITMENT_OUTCOME_MENU: readonly MenuItem[] = [
  { order: 224, textKey: 'Outcome:NoticesMenu', icon: 'audit', route: '/recruitment-notices', permission: Permissions.RecruitmentCampaigns.Default },
  { order: 226, textKey: 'Outcome:FunnelMenu', icon: 'bar-chart', route: '/recruitment-stats', permission: Permissions.RecruitmentCampaigns.Stats },
];
