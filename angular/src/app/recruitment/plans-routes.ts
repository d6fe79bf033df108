import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { RecruitmentPlanDetailPage } from './plans/pages/recruitment-plan-detail.page';
import { RecruitmentPlanListPage } from './plans/pages/recruitment-plan-list.page';
import { PoolBoardPage } from './pool/pages/pool-board.page';

/** 招聘计划: the list of the zone's plans and one plan's editor (`/recruitment-plans/:id`). */
export const RECRUITMENT_PLAN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: RecruitmentPlanListPage, canActivate: [permissionGuard(Permissions.RecruitmentPlans.Default)] },
  { path: ':id', component: RecruitmentPlanDetailPage, canActivate: [permissionGuard(Permissions.RecruitmentPlans.Default)] },
];

/** 编制周转池: slots, loans (`?loan=<id>` opens one) and seats on one board. */
export const STAFFING_POOL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PoolBoardPage, canActivate: [permissionGuard(Permissions.StaffingPool.Default)] },
  { path: 'loans/:loan', component: PoolBoardPage, canActivate: [permissionGuard(Permissions.StaffingPool.Default)] },
];
