import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { CertificationsPage } from './pages/certifications.page';
import { MatchingPage } from './pages/matching.page';
import { PolicyEditorPage } from './pages/policy-editor.page';
import { PolicyListPage } from './pages/policy-list.page';
import { TiersPage } from './pages/tiers.page';

/** HR: policy catalog and rule editor, tiers, certifications, matching runs. */
export const TALENT_POLICY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PolicyListPage, canActivate: [permissionGuard(Permissions.TalentPolicies.Default)] },
  { path: 'tiers', component: TiersPage, canActivate: [permissionGuard(Permissions.TalentTiers.Default)] },
  { path: 'certifications', component: CertificationsPage, canActivate: [permissionGuard(Permissions.TalentCertifications.Default)] },
  { path: 'matching', component: MatchingPage, canActivate: [permissionGuard(Permissions.Matching)] },
  { path: ':id', component: PolicyEditorPage, canActivate: [permissionGuard(Permissions.TalentPolicies.Default)] },
];
