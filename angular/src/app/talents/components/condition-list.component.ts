import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ConditionResultDto } from '../../proxy/models';

/** A rule's conditions as the server explained them: indented by depth, each met (✓) or not (✗). */
@Component({
  selector: 'tr-condition-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="conditions">
      @for (condition of conditions(); track $index) {
        <li class="condition" [class.condition-failed]="!condition.passed" [style.padding-left.px]="condition.depth * 16"
            [attr.data-passed]="condition.passed">
          <span class="condition-mark" [attr.aria-label]="(condition.passed ? 'Calculator:Passed' : 'Calculator:Failed') | t">
            {{ condition.passed ? '✓' : '✗' }}
          </span>
          <span class="condition-text">
            {{ condition.text }}
            @if (showHints() && !condition.passed && condition.hint) {
              <span class="condition-hint">{{ condition.hint }}</span>
            }
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host { display: block; }
    .conditions { list-style: none; margin: 0; padding: 0; }
    .condition { display: flex; gap: 6px; padding-top: 4px; padding-bottom: 4px; overflow-wrap: anywhere; }
    .condition-mark { color: #237804; font-weight: 700; flex-shrink: 0; width: 14px; }
    .condition-failed .condition-mark { color: #cf1322; }
    .condition-hint { display: block; color: #d46b08; font-size: 13px; }
  `,
})
export class ConditionListComponent {
  readonly conditions = input.required<readonly ConditionResultDto[]>();
  /** Shows under a failed condition what would meet it. */
  readonly showHints = input(false);
}
