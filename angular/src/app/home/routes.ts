import { Routes } from '@angular/router';
import { provideCharts } from '../shared/charts/provide-charts';
import { landingGuard } from '../core/auth/permission.guard';
import { DashboardPage } from './pages/dashboard.page';

export const HOME_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    component: DashboardPage,
    canActivate: [landingGuard],
    // ECharts is loaded with this route's chunk only, never in the initial bundle.
    providers: [provideCharts()],
  },
];
