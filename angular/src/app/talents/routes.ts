import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { CalculatorPage } from './pages/calculator.page';
import { EntitlementsPage } from './pages/entitlements.page';
import { InstallmentsPage } from './pages/installments.page';
import { PortalPage } from './pages/portal.page';

/** Public: reachable without signing in, outside the main layout. */
export const CALCULATOR_ROUTES: Routes = [{ path: '', component: CalculatorPage }];

/** The talent portal (/my): a signed-in talent's own tier, benefits, payments and what is almost within reach. */
export const PORTAL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PortalPage, canActivate: [permissionGuard(Permissions.My)] },
];

/** HR: entitlements and the installment ledger (/benefits/...). */
export const LEDGER_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'entitlements' },
  { path: 'entitlements', component: EntitlementsPage, canActivate: [permissionGuard(Permissions.Entitlements)] },
  { path: 'installments', component: InstallmentsPage, canActivate: [permissionGuard(Permissions.Installments.Default)] },
];
