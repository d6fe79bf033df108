import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { CalculatorPage } from './pages/calculator.page';
import { EntitlementsPage } from './pages/entitlements.page';
import { InstallmentsPage } from './pages/installments.page';
import { PortalPage } from './pages/portal.page';
import { CertificationsPage } from './pages/certifications.page';
import { MatchingPage } from './pages/matching.page';
import { PolicyEditorPage } from './pages/policy-editor.page';
import { PolicyListPage } from './pages/policy-list.page';
import { TiersPage } from './pages/tiers.page';

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

/** HR: policy catalog and rule editor, tiers, certifications, matching runs. */
export const TALENT_POLICY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PolicyListPage, canActivate: [permissionGuard(Permissions.TalentPolicies.Default)] },
  { path: 'tiers', component: TiersPage, canActivate: [permissionGuard(Permissions.TalentTiers.Default)] },
  { path: 'certifications', component: CertificationsPage, canActivate: [permissionGuard(Permissions.TalentCertifications.Default)] },
  { path: 'matching', component: MatchingPage, canActivate: [permissionGuard(Permissions.Matching)] },
  { path: ':id', component: PolicyEditorPage, canActivate: [permissionGuard(Permissions.TalentPolicies.Default)] },
];
