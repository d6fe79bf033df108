import { Permissions } from '../../core/auth/permissions';
import { MenuItem } from '../../core/layout/menu';

/** 招聘公告's entries of the side menu (orders 210–219 belong to the campaign pages). */
export const RECRUITMENT_CAMPAIGNS_MENU: readonly MenuItem[] = [
  { order: 210, textKey: 'CampaignUi:Menu', icon: 'solution', route: '/recruitment-campaigns', permission: Permissions.RecruitmentCampaigns.Default },
];
