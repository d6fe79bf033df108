import { inject, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { refusal } from './campaign-texts';

/**
 * One server action of a campaign page whose refusal is shown inline: which action is running (for the button's
 * spinner) and the server's localized refusal, optionally prefixed (e.g. with the candidate's name). Created in an
 * injection context (a component field).
 */
export class InlineAction {
  private readonly localization = inject(LocalizationService);
  readonly busy = signal<string | null>(null);
  readonly error = signal<string | null>(null);

  constructor(private readonly fallbackKey = 'CampaignUi:ActionRefused') {}

  run<T>(key: string, request: Observable<T>, done: (result: T) => void, errorPrefix = ''): void {
    this.busy.set(key);
    this.error.set(null);
    request.subscribe({
      next: result => {
        this.busy.set(null);
        done(result);
      },
      error: error => {
        this.busy.set(null);
        this.error.set(errorPrefix + refusal(error, this.localization.t(this.fallbackKey)));
      },
    });
  }
}
