import { HttpContext } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { LoginDto } from '../../proxy/models';
import { AccountService } from '../../proxy/services';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../http/http-context-tokens';
import { ANONYMOUS_USER, CurrentUser } from './current-user';

export const ACCOUNT_URLS = {
  me: AccountService.AccountGetCurrentUserPath,
  login: AccountService.AccountLoginPath,
  logout: AccountService.AccountLogoutPath,
} as const;

/** Cookie-based session: the backend tells who is signed in; this service mirrors it as signals. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly account = inject(AccountService);
  private readonly userState = signal<CurrentUser>(ANONYMOUS_USER);

  readonly currentUser = this.userState.asReadonly();
  readonly isAuthenticated = computed(() => this.userState().isAuthenticated);
  private readonly grantedPermissions = computed(() => new Set(this.userState().permissions));

  /** Also makes the backend issue the XSRF-TOKEN cookie, so it runs before any other request. */
  async loadCurrentUser(): Promise<CurrentUser> {
    const user = await firstValueFrom(this.account.accountGetCurrentUser());
    this.userState.set(user);
    return user;
  }

  /** Rejects with the HttpErrorResponse (its problem details carry the localized reason). */
  async login(credentials: LoginDto): Promise<CurrentUser> {
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    const user = await firstValueFrom(this.account.accountLogin({ body: credentials }, context));
    this.userState.set(user);
    return user;
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.account.accountLogout());
    this.userState.set(ANONYMOUS_USER);
  }

  /** Forgets the session locally, e.g. after the server answered 401. */
  clearSession(): void {
    this.userState.set(ANONYMOUS_USER);
  }

  isGranted(permission: string): boolean {
    return this.grantedPermissions().has(permission);
  }
}
