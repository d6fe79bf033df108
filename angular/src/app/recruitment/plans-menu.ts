import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** The side-menu entries of 招聘计划 and 编制周转池 (orders 221–222: the recruitment entries follow the benefits, 221–229). */
export const RECRUITMENT_PLANS_MENU: readonly MenuItem[] = [
  { order: 221, textKey: 'RecruitmentPlans:Menu', icon: 'solution', route: '/recruitment-plans', permission: Permissions.RecruitmentPlans.Default },
  { order: 222, textKey: 'StaffingPoolUi:Menu', icon: 'swap', route: '/staffing-pool', permission: Permissions.StaffingPool.Default },
];
