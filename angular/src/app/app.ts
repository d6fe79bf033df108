import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterOutlet } from '@angular/router';
import { LocalizationService } from './core/i18n/localization.service';

@Component({
  selector: 'tr-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<router-outlet />',
})
export class App {
  constructor() {
    const localization = inject(LocalizationService);
    const title = inject(Title);
    effect(() => title.setTitle(localization.t('AppName')));
  }
}
