import { Routes } from '@angular/router';
import { provideCharts } from '../shared/charts/provide-charts';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { ImportPage } from './pages/import.page';
import { MetricsPage } from './pages/metrics.page';
import { OrganizationPage } from './pages/organization.page';

export const ORGANIZATION_ROUTES: Routes = [
  {
    path: '',
    // ECharts is loaded with this module's chunk only, never in the initial bundle.
    providers: [provideCharts()],
    children: [
      { path: '', pathMatch: 'full', component: OrganizationPage, canActivate: [permissionGuard(Permissions.OrgUnits.Default)] },
      { path: 'metrics', component: MetricsPage, canActivate: [permissionGuard(Permissions.OrgUnits.Default)] },
      { path: 'import', component: ImportPage, canActivate: [permissionGuard(Permissions.OrgUnits.Default)] },
    ],
  },
];
