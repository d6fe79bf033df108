import { ChangeDetectionStrategy, Component, inject, input, model, output } from '@angular/core';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { formatYuan } from '../../shared/money/yuan';
import { ruleName } from '../shared/policy-error-place';
import { moveItem, newRule, RuleDraft } from '../shared/rule-draft';
import { RuleErrors } from '../shared/rule-errors';
import { RuleEditorComponent } from './rule-editor.component';

/**
 * The benefit rules of a policy version as panels that open to the rule editor: added, removed and reordered
 * here, each with its count of server faults and a "test this rule" button. The list itself belongs to the page.
 */
@Component({
  selector: 'tr-policy-rule-list',
  imports: [NzCardModule, NzButtonModule, NzIconModule, NzTagModule, NzPopconfirmModule, NzBadgeModule, TranslatePipe, RuleEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-rule-list.component.html',
  styleUrl: './policy-rule-list.component.css',
})
export class PolicyRuleListComponent {
  private readonly localization = inject(LocalizationService);

  readonly rules = input.required<readonly RuleDraft[]>();
  readonly editable = input.required<boolean>();
  readonly canManage = input.required<boolean>();
  readonly errors = input.required<RuleErrors>();
  /** The keys of the open panels (the page opens those with faults). */
  readonly open = model.required<ReadonlySet<number>>();
  /** A rule's content changed; the indices stay. */
  readonly edited = output<RuleDraft[]>();
  /** A rule was added at the end. */
  readonly added = output<RuleDraft[]>();
  /** A rule was removed or moved: indices changed. */
  readonly reordered = output<RuleDraft[]>();
  /** "Test this rule" for the rule at this index. */
  readonly test = output<number>();

  protected readonly enumKey = enumKey;

  protected updateRule(index: number, rule: RuleDraft): void {
    this.edited.emit(this.rules().map((current, i) => (i === index ? rule : current)));
  }

  protected addRule(): void {
    const rule = newRule(this.rules().map(item => item.code));
    this.open.update(open => new Set([...open, rule.key]));
    this.added.emit([...this.rules(), rule]);
  }

  protected removeRule(index: number): void {
    this.reordered.emit(this.rules().filter((_, i) => i !== index));
  }

  protected moveRule(index: number, offset: number): void {
    this.reordered.emit(moveItem(this.rules(), index, index + offset));
  }

  protected isOpen(rule: RuleDraft): boolean {
    return this.open().has(rule.key);
  }

  protected toggle(rule: RuleDraft): void {
    this.open.update(open => {
      const next = new Set(open);
      if (!next.delete(rule.key)) {
        next.add(rule.key);
      }
      return next;
    });
  }

  protected ruleName(rule: RuleDraft): string {
    return ruleName(rule, this.localization.isChinese());
  }

  protected amountSummary(rule: RuleDraft): string {
    if (rule.amountKind === 'Fixed') {
      return formatYuan(rule.fixed ?? 0, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
    }
    return this.localization.t(enumKey('BenefitAmountKind', rule.amountKind));
  }

  protected ruleErrors(index: number): ReadonlyMap<string, string[]> {
    return this.errors().forRule(index);
  }
}
