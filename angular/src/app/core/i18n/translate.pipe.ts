import { inject, Pipe, PipeTransform } from '@angular/core';
import { LocalizationService } from './localization.service';

/**
 * `{{ 'Menu:Home' | t }}` or `{{ 'Users:DeleteConfirm' | t: user.userName }}`.
 * Not pure, so that a language switch re-renders texts; the lookup itself is a cheap signal read.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly localization = inject(LocalizationService);

  transform(key: string | null | undefined, ...args: readonly unknown[]): string {
    return key ? this.localization.t(key, ...args) : '';
  }
}
