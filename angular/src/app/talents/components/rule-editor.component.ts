import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DEGREES, enumKey, TIER_LEVELS } from '../../shared/enums/enums';
import { BenefitAmountKind, PaymentScheduleKind } from '../../proxy/models';
import { ConditionNode } from '../shared/condition-tree';
import {
  AMOUNT_KINDS, Degree, evenShares, maxCommitmentYears, maxInstallments, RuleDraft, SCHEDULE_KINDS, sharesTotal, sharesValid, Tier,
  withScheduleKind,
} from '../shared/rule-draft';

import { ConditionNodeComponent } from './condition-node.component';
import { formatYuan } from '../../shared/money/yuan';

/** Targets shown next to their own field; any other fault of the rule is listed at its top. */
const FIELD_TARGETS = new Set(['code', 'nameZh', 'nameEn', 'article', 'exclusivityGroup', 'commitmentYears', 'amount', 'schedule']);

/** One benefit rule: code and names, article, exclusivity group, 服务期, the condition tree, the amount and the schedule. */
@Component({
  selector: 'tr-rule-editor',
  imports: [
    FormsModule, NzFormModule, NzGridModule, NzInputModule, NzInputNumberModule, NzRadioModule, NzButtonModule, NzIconModule,
    NzTooltipModule, TranslatePipe, ConditionNodeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.component.html',
  styleUrl: './rule-editor.component.css',
})
export class RuleEditorComponent {
  private readonly localization = inject(LocalizationService);

  readonly rule = input.required<RuleDraft>();
  readonly readOnly = input(false);
  readonly errors = input<ReadonlyMap<string, string[]>>(new Map());
  readonly changed = output<RuleDraft>();

  protected readonly enumKey = enumKey;
  protected readonly amountKinds = AMOUNT_KINDS;
  protected readonly scheduleKinds = SCHEDULE_KINDS;
  protected readonly tiers = TIER_LEVELS;
  protected readonly degrees = DEGREES;
  protected readonly maxCommitment = maxCommitmentYears();
  protected readonly maxInstallments = maxInstallments();

  protected readonly sharesTotal = computed(() => sharesTotal(this.rule().shares));
  protected readonly sharesValid = computed(() => sharesValid(this.rule().shares));
  protected readonly otherErrors = computed(() => [...this.errors().entries()]
    .filter(([target]) => !FIELD_TARGETS.has(target) && !target.startsWith('condition'))
    .flatMap(([, messages]) => messages));

  protected errorsAt(target: string): string[] {
    return this.errors().get(target) ?? [];
  }

  protected patch(change: Partial<RuleDraft>): void {
    this.changed.emit({ ...this.rule(), ...change });
  }

  protected setCondition(condition: ConditionNode): void {
    this.patch({ condition });
  }

  protected setAmountKind(kind: BenefitAmountKind): void {
    this.patch({ amountKind: kind });
  }

  protected setTier(tier: Tier, amount: number | null): void {
    this.patch({ tierTable: { ...this.rule().tierTable, [tier]: amount } });
  }

  protected setDegree(degree: Degree, amount: number | null): void {
    this.patch({ degreeTable: { ...this.rule().degreeTable, [degree]: amount } });
  }

  protected setScheduleKind(kind: PaymentScheduleKind): void {
    this.changed.emit(withScheduleKind(this.rule(), kind));
  }

  protected setShare(index: number, percent: number | null): void {
    this.patch({ shares: this.rule().shares.map((share, i) => (i === index ? percent : share)) });
  }

  protected addShare(): void {
    this.patch({ shares: [...this.rule().shares, null] });
  }

  protected removeShare(index: number): void {
    this.patch({ shares: this.rule().shares.filter((_, i) => i !== index) });
  }

  protected spreadEvenly(): void {
    this.patch({ shares: evenShares(Math.max(1, this.rule().shares.length)) });
  }

  protected money(amount: number | null): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }
}
