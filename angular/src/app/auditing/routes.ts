import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { AuditLogListPage } from './pages/audit-log-list.page';

export const AUDITING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'audit-logs' },
  { path: 'audit-logs', component: AuditLogListPage, canActivate: [permissionGuard(Permissions.AuditLogs)] },
];
