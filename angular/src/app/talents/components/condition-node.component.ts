import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DEGREES, enumKey, TIER_LEVELS } from '../../shared/enums/enums';
import {
  addChild, comparison, ConditionNode, Field, FIELDS, fieldType, formatBoolean, formatNumber, group, GROUP_KINDS, GroupKind, localProblems,
  maxDepth, newComparison, NUMBER_UNITS, Operator, operatorsFor, parseBoolean, parseNumber, removeChild, replaceChild, supports, withField, withKind,
  withOperator, withValueAt, withValues,
} from '../shared/condition-tree';
import { conditionTarget } from '../shared/rule-errors';

/**
 * One node of a rule's condition tree, editing itself and (for a group) its children recursively: a group
 * switches between All / Any / Not and adds conditions or sub-groups; a comparison picks a field, an operator
 * its type supports and a value in the field's own editor. Changes go up as a new node (the tree is immutable).
 */
@Component({
  selector: 'tr-condition-node',
  imports: [
    FormsModule, NgTemplateOutlet, NzButtonModule, NzIconModule, NzInputModule, NzInputNumberModule, NzRadioModule, NzSelectModule, NzSwitchModule,
    NzTooltipModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './condition-node.component.html',
  styleUrl: './condition-node.component.css',
})
export class ConditionNodeComponent {
  readonly node = input.required<ConditionNode>();
  /** Child indices from the rule's root condition ([] = the root). */
  readonly path = input<readonly number[]>([]);
  readonly readOnly = input(false);
  /** The server's faults of this rule, by target (`condition.0.1`). */
  readonly errors = input<ReadonlyMap<string, string[]>>(new Map());
  readonly changed = output<ConditionNode>();
  readonly removed = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly fields = FIELDS;
  protected readonly groupKinds = GROUP_KINDS;
  /** The values of a degree or tier field, in rank order, with their labels (tiers by letter). */
  protected readonly rankedOptions = computed(() =>
    this.type() === 'Tier'
      ? TIER_LEVELS.map(tier => ({ value: tier as string, key: null as string | null }))
      : DEGREES.map(degree => ({ value: degree as string, key: enumKey('EducationDegree', degree) as string | null })),
  );

  protected readonly isGroup = computed(() => this.node().kind !== 'Compare');
  protected readonly isRoot = computed(() => this.path().length === 0);
  protected readonly type = computed(() => fieldType(this.node().field));
  protected readonly operators = computed(() => operatorsFor(this.type()));
  protected readonly unit = computed(() => {
    const field = this.node().field;
    return field ? NUMBER_UNITS[field] ?? null : null;
  });
  /** Degrees and tiers compare by rank: say which way is "more". */
  protected readonly orderHint = computed(() => {
    const op = this.node().operator;
    // The operators that compare by rank are the ones a text field (which has no order) does not support.
    const ordered = op && !supports('Text', op);
    if (!ordered) {
      return null;
    }
    return this.type() === 'Tier' ? 'RuleEditor:TierOrder' : this.type() === 'Degree' ? 'RuleEditor:DegreeOrder' : null;
  });
  protected readonly canAddGroup = computed(() => this.path().length + 2 <= maxDepth());
  protected readonly pathText = computed(() => this.path().join('.'));
  protected readonly serverErrors = computed(() => this.errors().get(conditionTarget(this.path())) ?? []);
  protected readonly problems = computed(() => (this.readOnly() ? [] : localProblems(this.node())));

  protected childPath(index: number): number[] {
    return [...this.path(), index];
  }

  protected setKind(kind: GroupKind): void {
    this.changed.emit(withKind(this.node(), kind));
  }

  protected addCondition(): void {
    this.changed.emit(addChild(this.node(), newComparison()));
  }

  protected addGroup(): void {
    this.changed.emit(addChild(this.node(), group('Any', [newComparison()])));
  }

  protected replace(index: number, child: ConditionNode): void {
    this.changed.emit(replaceChild(this.node(), index, child));
  }

  protected removeAt(index: number): void {
    this.changed.emit(removeChild(this.node(), index));
  }

  /** Turns the root comparison into a group holding it (a rule with one condition may start as a comparison). */
  protected wrapInGroup(): void {
    const node = this.node();
    this.changed.emit(group('All', [comparison(node.field, node.operator, node.values)]));
  }

  protected setField(field: Field): void {
    this.changed.emit(withField(this.node(), field));
  }

  protected setOperator(operator: Operator): void {
    this.changed.emit(withOperator(this.node(), operator));
  }

  protected value(index: number): string {
    return this.node().values[index] ?? '';
  }

  protected numberAt(index: number): number | null {
    return parseNumber(this.node().values[index]);
  }

  protected setNumber(index: number, value: number | null): void {
    this.changed.emit(withValueAt(this.node(), index, formatNumber(value)));
  }

  protected booleanValue(): boolean {
    return parseBoolean(this.node().values[0]);
  }

  protected setBoolean(value: boolean): void {
    this.changed.emit(withValues(this.node(), [formatBoolean(value)]));
  }

  protected setValue(index: number, value: string | null): void {
    this.changed.emit(withValueAt(this.node(), index, value ?? ''));
  }

  protected setList(values: readonly (string | number)[] | null): void {
    this.changed.emit(withValues(this.node(), (values ?? []).map(value => String(value).trim()).filter(value => value !== '')));
  }

  protected fieldLabel(field: Field): string {
    return enumKey('ProfileField', field);
  }
}
