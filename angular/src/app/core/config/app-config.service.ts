import { effect, inject, Injectable, Injector, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApplicationConfigurationDto } from '../../proxy/models';
import { ApplicationConfigurationService } from '../../proxy/services';
import { setFormRules } from '../../shared/form-rules/form-rules';
import { AuthService } from '../auth/auth.service';
import { CurrentUser } from '../auth/current-user';

export const APPLICATION_CONFIGURATION_URL = ApplicationConfigurationService.ApplicationConfigurationGetPath;

/** Who the configuration was loaded for: a new user or zone needs a new one. */
function userKey(user: CurrentUser): string {
  return user.isAuthenticated ? `${user.id}@${user.zone?.id ?? 'host'}` : 'anonymous';
}

/**
 * The server's application configuration (GET /api/app/application-configuration): the current user and zone,
 * the granted and defined permissions, the cultures, and the forms' rules, which it hands to the shared
 * kernel's form rules. Loaded once at start-up and again whenever the signed-in user or their zone changes.
 */
@Injectable({ providedIn: 'root' })
export class AppConfigService {
  private readonly api = inject(ApplicationConfigurationService);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  private readonly state = signal<ApplicationConfigurationDto | null>(null);
  private loadedFor: string | null = null;

  readonly configuration = this.state.asReadonly();

  async load(): Promise<ApplicationConfigurationDto> {
    const key = userKey(this.auth.currentUser());
    this.loadedFor = key;
    const configuration = await firstValueFrom(this.api.applicationConfigurationGet());
    this.state.set(configuration);
    setFormRules(configuration.forms);
    return configuration;
  }

  /** From now on, reloads after a sign-in, a sign-out or a change of zone. */
  reloadOnUserChange(): void {
    effect(() => {
      const key = userKey(this.auth.currentUser());
      if (key !== untracked(() => this.loadedFor)) {
        untracked(() => this.load().catch(error => console.error('Loading the application configuration failed.', error)));
      }
    }, { injector: this.injector });
  }
}
