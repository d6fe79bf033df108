import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { RoleListPage } from './pages/role-list.page';
import { UserListPage } from './pages/user-list.page';

export const IDENTITY_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  { path: 'users', component: UserListPage, canActivate: [permissionGuard(Permissions.Users.Default)] },
  { path: 'roles', component: RoleListPage, canActivate: [permissionGuard(Permissions.Roles.Default)] },
];
