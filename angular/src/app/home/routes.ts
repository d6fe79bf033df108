import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { DashboardPage } from './pages/dashboard.page';

export const HOME_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: DashboardPage,
    canActivate: [permissionGuard(Permissions.Dashboard)],
    // ECharts is loaded with this route's chunk only, never in the initial bundle.
    providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  },
];
