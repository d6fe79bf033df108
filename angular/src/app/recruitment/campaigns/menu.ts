import { Permissions } from '../../core/auth/permissions';
import { MenuItem } from '../../core/layout/menu';

/** 招聘公告's entries of the side menu (order 223, between the plans and the 公示). */
export const RECRUITMENT_CAMPAIGNS_MENU: readonly MenuItem[] = [
  { order: 223, textKey: 'CampaignUi:Menu', icon: 'send', route: '/recruitment-campaigns', permission: Permissions.RecruitmentCampaigns.Default },
];
