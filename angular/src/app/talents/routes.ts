import { Routes } from '@angular/router';
import { CalculatorPage } from './pages/calculator.page';

/** Public: reachable without signing in, outside the main layout. */
export const CALCULATOR_ROUTES: Routes = [{ path: '', component: CalculatorPage }];
