import { Routes } from '@angular/router';
import { authenticatedGuard } from './core/auth/permission.guard';
import { ForbiddenPage } from './core/errors/forbidden.page';
import { NotFoundPage } from './core/errors/not-found.page';
import { MainLayoutComponent } from './core/layout/main-layout.component';

export const routes: Routes = [
  { path: 'login', loadChildren: () => import('./account/routes').then(m => m.ACCOUNT_ROUTES) },
  // The public policy calculator: anonymous, no side menu.
  { path: 'calculator', loadChildren: () => import('./talents/routes').then(m => m.CALCULATOR_ROUTES) },
  {
    // The printable plan document has no side menu.
    path: 'plans/:id/print',
    canActivate: [authenticatedGuard],
    loadChildren: () => import('./planning/routes').then(m => m.PLAN_PRINT_ROUTES),
  },
  {
    path: '',
    component: MainLayoutComponent,
    canActivate: [authenticatedGuard],
    children: [
      { path: '', loadChildren: () => import('./home/routes').then(m => m.HOME_ROUTES) },
      { path: 'zones', loadChildren: () => import('./zones/routes').then(m => m.ZONES_ROUTES) },
      { path: 'identity', loadChildren: () => import('./identity/routes').then(m => m.IDENTITY_ROUTES) },
      { path: 'organization', loadChildren: () => import('./organization/routes').then(m => m.ORGANIZATION_ROUTES) },
      { path: 'posts', loadChildren: () => import('./staffing/routes').then(m => m.POSTS_ROUTES) },
      { path: 'persons', loadChildren: () => import('./staffing/routes').then(m => m.PERSONS_ROUTES) },
      { path: 'plans', loadChildren: () => import('./planning/routes').then(m => m.PLANS_ROUTES) },
      { path: 'approvals', loadChildren: () => import('./planning/routes').then(m => m.APPROVALS_ROUTES) },
      { path: 'my', loadChildren: () => import('./talents/routes').then(m => m.PORTAL_ROUTES) },
      { path: 'benefits', loadChildren: () => import('./talents/routes').then(m => m.LEDGER_ROUTES) },
      { path: 'talent-policies', loadChildren: () => import('./talents/routes').then(m => m.TALENT_POLICY_ROUTES) },
      { path: 'recruitment-plans', loadChildren: () => import('./recruitment/plans-routes').then(m => m.RECRUITMENT_PLAN_ROUTES) },
      { path: 'staffing-pool', loadChildren: () => import('./recruitment/plans-routes').then(m => m.STAFFING_POOL_ROUTES) },
      { path: 'recruitment-campaigns', loadChildren: () => import('./recruitment/campaigns/routes').then(m => m.RECRUITMENT_CAMPAIGN_ROUTES) },
      { path: 'recruitment-notices', loadChildren: () => import('./recruitment/outcome/routes').then(m => m.RECRUITMENT_NOTICE_ROUTES) },
      { path: 'recruitment-stats', loadChildren: () => import('./recruitment/outcome/routes').then(m => m.RECRUITMENT_STATS_ROUTES) },
      { path: 'auditing', loadChildren: () => import('./auditing/routes').then(m => m.AUDITING_ROUTES) },
      { path: '403', component: ForbiddenPage },
      { path: '**', component: NotFoundPage },
    ],
  },
];
