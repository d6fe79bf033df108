import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { Permissions } from './permissions';

/** Lets signed-in users through; sends others to the sign-in page, remembering where they wanted to go. */
export const authenticatedGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return auth.isAuthenticated() || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** `canActivate: [permissionGuard('TalentReform.Zones')]`: signed in and granted, else /login or /403. */
export function permissionGuard(permission: string): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.isAuthenticated()) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    return auth.isGranted(permission) || router.createUrlTree(['/403']);
  };
}

/**
 * The home page: the zone dashboard for those granted it. It shows zone-wide figures, so whoever may not see
 * them but has the talent portal (a talent) lands on /my instead of a 403 page.
 */
export const landingGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  if (auth.isAuthenticated() && !auth.isGranted(Permissions.Dashboard) && auth.isGranted(Permissions.My)) {
    return inject(Router).createUrlTree(['/my']);
  }
  return permissionGuard(Permissions.Dashboard)(route, state);
};
