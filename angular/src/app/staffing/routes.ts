import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { Permissions } from '../core/auth/permissions';
import { PersonListPage } from './pages/person-list.page';
import { PostListPage } from './pages/post-list.page';
import { SeatBoardPage } from './pages/seat-board.page';

export const POSTS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PostListPage, canActivate: [permissionGuard(Permissions.Posts.Default)] },
  { path: 'seat-board', component: SeatBoardPage, canActivate: [permissionGuard(Permissions.Posts.Default)] },
];

export const PERSONS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', component: PersonListPage, canActivate: [permissionGuard(Permissions.Persons.Default)] },
];
