import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Culture, CULTURE_OPTIONS } from '../i18n/culture';
import { LocalizationService } from '../i18n/localization.service';

/**
 * 中文 / English switch; each language is named in itself (with its `lang`), so this needs no localized text.
 * A radio group of real radio inputs rather than nz-segmented: the segmented control puts aria-selected on
 * role-less elements (axe aria-allowed-attr, critical) and names itself "segmented control" in English only.
 */
@Component({
  selector: 'tr-language-switch',
  imports: [FormsModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-radio-group
      data-testid="language-switch"
      role="radiogroup"
      aria-label="语言 / Language"
      nzButtonStyle="solid"
      nzSize="small"
      [ngModel]="localization.culture()"
      (ngModelChange)="switchTo($event)"
    >
      @for (option of options; track option.value) {
        <label nz-radio-button [nzValue]="option.value" [attr.lang]="option.value">{{ option.label }}</label>
      }
    </nz-radio-group>
  `,
})
export class LanguageSwitchComponent {
  protected readonly localization = inject(LocalizationService);
  protected readonly options = CULTURE_OPTIONS.map(option => ({ label: option.nativeName, value: option.culture }));

  protected switchTo(culture: Culture): void {
    void this.localization.use(culture);
  }
}
