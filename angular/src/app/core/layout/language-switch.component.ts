import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { Culture, CULTURE_OPTIONS } from '../i18n/culture';
import { LocalizationService } from '../i18n/localization.service';

/** 中文 / English switch; each language is named in itself, so this needs no localized text. */
@Component({
  selector: 'tr-language-switch',
  imports: [FormsModule, NzSegmentedModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-segmented
      data-testid="language-switch"
      [nzOptions]="options"
      [ngModel]="localization.culture()"
      (ngModelChange)="switchTo($event)"
      nzSize="small"
    />
  `,
})
export class LanguageSwitchComponent {
  protected readonly localization = inject(LocalizationService);
  protected readonly options = CULTURE_OPTIONS.map(option => ({ label: option.nativeName, value: option.culture }));

  protected switchTo(culture: Culture): void {
    void this.localization.use(culture);
  }
}
