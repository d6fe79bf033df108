import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { ZoneListPage } from './pages/zone-list.page';

export const ZONES_ROUTES: Routes = [
  { path: '', component: ZoneListPage, canActivate: [permissionGuard(Permissions.Zones.Default)] },
];
