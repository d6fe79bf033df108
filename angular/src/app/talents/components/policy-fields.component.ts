import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PolicyDraft } from '../shared/rule-draft';
import { RuleErrors } from '../shared/rule-errors';

/** A policy version's own fields: titles, document, period, and whether granted benefits are re-assessed on publishing. */
@Component({
  selector: 'tr-policy-fields',
  imports: [FormsModule, NzInputModule, NzDatePickerModule, NzSwitchModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-fields.component.html',
  styles: `
    :host { display: block; }
    .form-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 16px; }
    .field { display: flex; flex-direction: column; gap: 4px; }
    .field nz-date-picker { width: 100%; }
    .label { color: #595959; font-size: 13px; }
    .label.required::before { content: '* '; color: #cf1322; }
    .static { line-height: 32px; }
    .field-error { color: #cf1322; font-size: 12px; }
    .reassess { margin-top: 16px; padding: 12px 16px; background: #fffbe6; border: 1px solid #ffe58f; border-radius: 6px; }
    .reassess-switch { display: inline-flex; gap: 8px; align-items: center; cursor: pointer; }
    .hint { color: #595959; margin: 6px 0 0; }
    @media (max-width: 1100px) {
      .form-grid { grid-template-columns: minmax(0, 1fr); }
    }
  `,
})
export class PolicyFieldsComponent {
  readonly draft = input.required<PolicyDraft>();
  readonly editable = input.required<boolean>();
  readonly entitlementCount = input.required<number>();
  /** The server's faults; the policy's own ones are shown under their fields. */
  readonly errors = input.required<RuleErrors>();
  readonly patch = output<Partial<PolicyDraft>>();

  protected fieldErrors(field: string): string[] {
    return this.errors().at(null, field);
  }
}
