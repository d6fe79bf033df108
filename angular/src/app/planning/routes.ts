import { Routes } from '@angular/router';
import { provideCharts } from '../shared/charts/provide-charts';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { ApprovalInboxPage } from './pages/approval-inbox.page';
import { ApprovalRoutesPage } from './pages/approval-routes.page';
import { ApprovalStatsPage } from './pages/approval-stats.page';
import { PlanDetailPage } from './pages/plan-detail.page';
import { PlanListPage } from './pages/plan-list.page';
import { PlanPrintPage } from './pages/plan-print.page';
import { WorkCalendarPage } from './pages/work-calendar.page';

// ECharts is loaded with this module's chunk only, never in the initial bundle.
const echarts = provideCharts();

export const PLANS_ROUTES: Routes = [
  {
    path: '',
    providers: [echarts],
    children: [
      { path: '', pathMatch: 'full', component: PlanListPage, canActivate: [permissionGuard(Permissions.StaffingPlans.Default)] },
      { path: ':id', component: PlanDetailPage, canActivate: [permissionGuard(Permissions.StaffingPlans.Default)] },
    ],
  },
];

/** The printable document: outside the main layout (no side menu). */
export const PLAN_PRINT_ROUTES: Routes = [
  { path: '', component: PlanPrintPage, canActivate: [permissionGuard(Permissions.StaffingPlans.Default)] },
];

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    providers: [echarts],
    children: [
      { path: '', pathMatch: 'full', component: ApprovalInboxPage, canActivate: [permissionGuard(Permissions.Approvals)] },
      { path: 'stats', component: ApprovalStatsPage, canActivate: [permissionGuard(Permissions.ApprovalStats)] },
      { path: 'routes', component: ApprovalRoutesPage, canActivate: [permissionGuard(Permissions.ApprovalRoutes.Default)] },
      { path: 'calendar', component: WorkCalendarPage, canActivate: [permissionGuard(Permissions.WorkCalendar)] },
    ],
  },
];
