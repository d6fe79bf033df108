import { inject } from '@angular/core';
import { AuthService } from '../auth/auth.service';
import { AppConfigService } from '../config/app-config.service';
import { LocalizationService } from '../i18n/localization.service';

/**
 * Runs before the first route: asks who is signed in (which also issues the XSRF cookie), loads the application
 * configuration (permissions, the forms' rules), then the UI texts of the remembered language. A failing call
 * must not keep the app from starting: the user is then treated as signed out, the forms leave the checks to the
 * server, or the user sees text keys, and the error interceptor has already told why.
 */
export async function initializeApp(): Promise<void> {
  const auth = inject(AuthService);
  const configuration = inject(AppConfigService);
  const localization = inject(LocalizationService);
  await auth.loadCurrentUser().catch(error => console.error('Loading the current user failed.', error));
  await configuration.load().catch(error => console.error('Loading the application configuration failed.', error));
  configuration.reloadOnUserChange();
  await localization.initialize().catch(error => console.error('Loading the UI texts failed.', error));
}
