import { ConditionKind, ConditionOperator, ProfileField, ProfileFieldType, RuleConditionDto } from '../../proxy/models';
import { CONDITION_KIND } from '../../proxy/models/condition-kind-array';
import { PROFILE_FIELD } from '../../proxy/models/profile-field-array';
import { formRules } from '../../shared/form-rules/form-rules';
import { DEGREES, TIER_LEVELS } from '../../shared/enums/enums';

export type Field = NonNullable<ProfileField>;
export type Operator = NonNullable<ConditionOperator>;
export type GroupKind = Exclude<ConditionKind, 'Compare'>;

/** The value type of a profile field (the server's ProfileFieldType): it decides the operators and the value editor. */
export type FieldType = ProfileFieldType;

export const FIELDS: readonly Field[] = PROFILE_FIELD;
export const GROUP_KINDS: readonly GroupKind[] = CONDITION_KIND.filter((kind): kind is GroupKind => kind !== 'Compare');

/** Units shown after a number, by field (localization keys). */
export const NUMBER_UNITS: Partial<Record<Field, string>> = {
  Age: 'RuleEditor:UnitYears',
  YearsSinceDegree: 'RuleEditor:UnitYears',
  ContractYears: 'RuleEditor:UnitYears',
  MonthsInZone: 'RuleEditor:UnitMonths',
  SocialInsuranceMonths: 'RuleEditor:UnitMonths',
};

/** How deep a rule's condition tree may go (the server's BenefitRuleConsts.MaxDepth); 0 until the rules are loaded. */
export function maxDepth(): number {
  return formRules()?.benefitRuleLimits.maxDepth ?? 0;
}

/** The server's type of a profile field (ProfileFields.TypeOf). */
export function fieldType(field: ProfileField | null | undefined): FieldType | null {
  return formRules()?.profileFields.find(entry => entry.field === field)?.type ?? null;
}

/** The operators a field type supports, in the server's order (ConditionOperators.Supports). */
export function operatorsFor(type: FieldType | null): Operator[] {
  return type ? (formRules()?.conditionOperators ?? []).filter(entry => entry.fieldTypes.includes(type)).map(entry => entry.operator) : [];
}

export function supports(type: FieldType | null, op: ConditionOperator | null | undefined): boolean {
  return !!op && operatorsFor(type).includes(op);
}

/** How many values an operator takes: [min, max] (ConditionOperators.ValueCount). */
export function valueCount(op: ConditionOperator | null | undefined): [number, number] {
  const entry = formRules()?.conditionOperators.find(candidate => candidate.operator === op);
  return entry ? [entry.minValues, entry.maxValues] : [1, 1];
}

/** A node of the condition tree as edited: a group (All/Any/Not with children) or a comparison. */
export interface ConditionNode {
  /** Local key for rendering only; never sent. */
  readonly id: number;
  readonly kind: ConditionKind;
  readonly children: readonly ConditionNode[];
  readonly field: Field | null;
  readonly operator: Operator | null;
  /** Invariant text, as the API stores them: "35", "true", "Master", "B". */
  readonly values: readonly string[];
}

let lastId = 0;
const nextId = () => ++lastId;

export function group(kind: GroupKind, children: readonly ConditionNode[] = []): ConditionNode {
  return { id: nextId(), kind, children, field: null, operator: null, values: [] };
}

export function comparison(field: Field | null = null, operator: Operator | null = null, values: readonly string[] = []): ConditionNode {
  return { id: nextId(), kind: 'Compare', children: [], field, operator, values };
}

/** A new comparison row: a field and the first operator it supports, with default values. */
export function newComparison(field: Field = 'EmployerInZone'): ConditionNode {
  return withField(comparison(), field);
}

export function isGroup(node: ConditionNode): boolean {
  return node.kind !== 'Compare';
}

/** The default values of a field type for an operator: "true" for a switch, empty text otherwise. */
export function defaultValues(type: FieldType | null, op: ConditionOperator | null): string[] {
  const [min] = valueCount(op);
  return Array.from({ length: min }, () => (type === 'Boolean' ? 'true' : ''));
}

/** Picks a field: the operator stays when the new type supports it, values stay when the type is the same. */
export function withField(node: ConditionNode, field: Field): ConditionNode {
  const before = fieldType(node.field);
  const type = fieldType(field);
  const operator = supports(type, node.operator) ? node.operator! : operatorsFor(type)[0];
  const values = before === type && node.operator === operator ? node.values : defaultValues(type, operator);
  return { ...node, field, operator, values };
}

/** Picks an operator and fits the values to its count (the first values are kept). */
export function withOperator(node: ConditionNode, operator: Operator): ConditionNode {
  const type = fieldType(node.field);
  const [min, max] = valueCount(operator);
  const kept = node.values.filter(value => value.trim() !== '').slice(0, max);
  const values = [...kept];
  const filler = defaultValues(type, 'Equal')[0];
  while (values.length < min) {
    values.push(filler);
  }
  return { ...node, operator, values };
}

export function withValues(node: ConditionNode, values: readonly string[]): ConditionNode {
  return { ...node, values: [...values] };
}

export function withValueAt(node: ConditionNode, index: number, value: string): ConditionNode {
  const values = [...node.values];
  values[index] = value;
  return { ...node, values };
}

/** Switches a group between All / Any / Not (children are kept; a Not with more than one is refused on save). */
export function withKind(node: ConditionNode, kind: GroupKind): ConditionNode {
  return { ...node, kind };
}

export function addChild(parent: ConditionNode, child: ConditionNode): ConditionNode {
  return { ...parent, children: [...parent.children, child] };
}

export function replaceChild(parent: ConditionNode, index: number, child: ConditionNode): ConditionNode {
  return { ...parent, children: parent.children.map((current, i) => (i === index ? child : current)) };
}

export function removeChild(parent: ConditionNode, index: number): ConditionNode {
  return { ...parent, children: parent.children.filter((_, i) => i !== index) };
}

/** The node at a path of child indices ([] is the root), or null. */
export function nodeAt(root: ConditionNode, path: readonly number[]): ConditionNode | null {
  let node: ConditionNode | undefined = root;
  for (const index of path) {
    node = node?.children[index];
  }
  return node ?? null;
}

/** The tree with the node at `path` replaced by `update(node)`; unchanged when there is no such node. */
export function updateAt(root: ConditionNode, path: readonly number[], update: (node: ConditionNode) => ConditionNode): ConditionNode {
  if (path.length === 0) {
    return update(root);
  }
  const [head, ...rest] = path;
  const child = root.children[head];
  return child ? replaceChild(root, head, updateAt(child, rest, update)) : root;
}

/** The tree without the node at `path` (the root itself cannot be removed). */
export function removeAt(root: ConditionNode, path: readonly number[]): ConditionNode {
  if (path.length === 0) {
    return root;
  }
  return updateAt(root, path.slice(0, -1), parent => removeChild(parent, path[path.length - 1]));
}

/** Every node of the tree (RuleValidator's MaxConditions counts them all). */
export function countNodes(node: ConditionNode): number {
  return 1 + node.children.reduce((sum, child) => sum + countNodes(child), 0);
}

/** Levels of the tree: a lone comparison is 1. */
export function depthOf(node: ConditionNode): number {
  return 1 + Math.max(0, ...node.children.map(depthOf));
}

export function fromConditionDto(dto: RuleConditionDto): ConditionNode {
  if (dto.kind === 'Compare') {
    return comparison(dto.field ?? null, dto.operator ?? null, [...(dto.values ?? [])]);
  }
  return group(dto.kind, (dto.children ?? []).map(fromConditionDto));
}

/** The API form: groups carry children only, comparisons field, operator and trimmed values. */
export function toConditionDto(node: ConditionNode): RuleConditionDto {
  if (node.kind === 'Compare') {
    return { kind: 'Compare', field: node.field, operator: node.operator, values: node.values.map(value => value.trim()) };
  }
  return { kind: node.kind, children: node.children.map(toConditionDto) };
}

// Values: the API keeps them as invariant text whatever the type.

/** A number as the API's invariant text ("35", "2.5"); '' for none. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** Invariant text as a number; null when empty or not a number. */
export function parseNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') {
    return null;
  }
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : null;
}

export function formatBoolean(value: boolean): string {
  return value ? 'true' : 'false';
}

export function parseBoolean(text: string | null | undefined): boolean {
  return text?.trim().toLowerCase() === 'true';
}

/** Whether a value is valid for the field type (RuleValidator.TryParse). */
export function isValidValue(type: FieldType | null, text: string): boolean {
  const value = text.trim();
  switch (type) {
    case 'Number':
      return parseNumber(value) !== null;
    case 'Boolean':
      return value === 'true' || value === 'false';
    case 'Degree':
      return (DEGREES as readonly string[]).includes(value);
    case 'Tier':
      return (TIER_LEVELS as readonly string[]).includes(value);
    case 'Text':
      return value.length > 0 && value.length <= (formRules()?.benefitRuleLimits.maxValueLength ?? 0);
    default:
      return false;
  }
}

/** Problems the editor can see before saving (the server checks the same and more): localization keys. */
export function localProblems(node: ConditionNode): string[] {
  if (node.kind !== 'Compare') {
    if (node.children.length === 0) {
      return ['RuleEditor:GroupEmpty'];
    }
    return node.kind === 'Not' && node.children.length !== 1 ? ['RuleEditor:NotNeedsOne'] : [];
  }
  if (!node.field || !node.operator) {
    return ['RuleEditor:FieldMissing'];
  }
  const type = fieldType(node.field);
  if (!supports(type, node.operator)) {
    return ['RuleEditor:OperatorNotForType'];
  }
  const [min, max] = valueCount(node.operator);
  if (node.values.length < min || node.values.length > max || node.values.some(value => !isValidValue(type, value))) {
    return ['RuleEditor:ValueMissing'];
  }
  return [];
}
