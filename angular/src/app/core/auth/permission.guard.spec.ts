import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { signedInUser } from '../testing/test-users';
import { ACCOUNT_URLS, AuthService } from './auth.service';
import { CurrentUser } from './current-user';
import { authenticatedGuard, landingGuard, permissionGuard } from './permission.guard';
import { Permissions } from './permissions';

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });

  async function signIn(user: CurrentUser): Promise<void> {
    const loading = TestBed.inject(AuthService).loadCurrentUser();
    TestBed.inject(HttpTestingController).expectOne(ACCOUNT_URLS.me).flush(user);
    await loading;
  }

  function run(guard: typeof authenticatedGuard, url = '/zones'): boolean | UrlTree {
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, state)) as boolean | UrlTree;
  }

  function serialize(result: boolean | UrlTree): string | boolean {
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('sends anonymous visitors to the sign-in page with the wanted url', () => {
    expect(serialize(run(permissionGuard(Permissions.Zones.Default)))).toBe('/login?returnUrl=%2Fzones');
    expect(serialize(run(authenticatedGuard, '/auditing/audit-logs'))).toBe('/login?returnUrl=%2Fauditing%2Faudit-logs');
  });

  it('lets a user with the permission through', async () => {
    await signIn(signedInUser([Permissions.Dashboard, Permissions.Zones.Default]));
    expect(run(permissionGuard(Permissions.Zones.Default))).toBe(true);
    expect(run(authenticatedGuard)).toBe(true);
  });

  it('sends a signed-in user without the permission to /403', async () => {
    await signIn(signedInUser([Permissions.Dashboard]));
    expect(serialize(run(permissionGuard(Permissions.Zones.Default)))).toBe('/403');
  });

  it('lands a talent (no dashboard, the portal) on /my', async () => {
    await signIn(signedInUser([Permissions.My, Permissions.Notifications]));
    expect(serialize(run(landingGuard, '/'))).toBe('/my');
  });

  it('opens the dashboard for a user granted it', async () => {
    await signIn(signedInUser([Permissions.Dashboard, Permissions.My]));
    expect(run(landingGuard, '/')).toBe(true);
  });

  it('sends a user with neither the dashboard nor the portal to /403', async () => {
    await signIn(signedInUser([Permissions.Notifications]));
    expect(serialize(run(landingGuard, '/'))).toBe('/403');
  });
});
