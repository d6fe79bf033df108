import { Permissions } from '../core/auth/permissions';
import { MenuItem } from '../core/layout/menu';

/** The side-menu entries of 招聘计划 and 编制周转池 (orders 200–209 are theirs; 200 itself is the talents' matching entry). */
export const RECRUITMENT_PLANS_MENU: readonly MenuItem[] = [
  { order: 201, textKey: 'RecruitmentPlans:Menu', icon: 'solution', route: '/recruitment-plans', permission: Permissions.RecruitmentPlans.Default },
  { order: 202, textKey: 'StaffingPoolUi:Menu', icon: 'swap', route: '/staffing-pool', permission: Permissions.StaffingPool.Default },
];
