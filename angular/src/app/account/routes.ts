import { Routes } from '@angular/router';
import { LoginPage } from './pages/login.page';

export const ACCOUNT_ROUTES: Routes = [{ path: '', component: LoginPage }];
