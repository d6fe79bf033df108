import { ConditionKind, ConditionOperator, ProfileField, RuleConditionDto } from '../../proxy/models';
import { DEGREES, TIER_LEVELS } from '../../shared/enums/enums';

export type Field = NonNullable<ProfileField>;
export type Operator = NonNullable<ConditionOperator>;
export type GroupKind = Exclude<ConditionKind, 'Compare'>;

/** The value type of a profile field (the backend's ProfileFieldType): it decides the operators and the value editor. */
export type FieldType = 'Number' | 'Boolean' | 'Degree' | 'Tier' | 'Text';

/** Mirrors ProfileFields.TypeOf (Domain.Shared/Talents/ProfileField.cs). */
export const FIELD_TYPES: Readonly<Record<Field, FieldType>> = {
  Degree: 'Degree',
  Age: 'Number',
  YearsSinceDegree: 'Number',
  MonthsInZone: 'Number',
  EmployerInZone: 'Boolean',
  ContractYears: 'Number',
  SocialInsuranceMonths: 'Number',
  Tier: 'Tier',
  Field: 'Text',
  OverseasExperience: 'Boolean',
  OwnsHomeInZone: 'Boolean',
};

export const FIELDS = Object.keys(FIELD_TYPES) as Field[];
export const OPERATORS: readonly Operator[] = [
  'Equal', 'NotEqual', 'LessThan', 'LessOrEqual', 'GreaterThan', 'GreaterOrEqual', 'In', 'Between', 'Exists',
];
export const GROUP_KINDS: readonly GroupKind[] = ['All', 'Any', 'Not'];

/** Units shown after a number, by field (localization keys). */
export const NUMBER_UNITS: Partial<Record<Field, string>> = {
  Age: 'RuleEditor:UnitYears',
  YearsSinceDegree: 'RuleEditor:UnitYears',
  ContractYears: 'RuleEditor:UnitYears',
  MonthsInZone: 'RuleEditor:UnitMonths',
  SocialInsuranceMonths: 'RuleEditor:UnitMonths',
};

/** Most values an "In" list may hold (BenefitRuleConsts.MaxValues). */
export const MAX_IN_VALUES = 50;
export const MAX_DEPTH = 8;
export const MAX_CONDITIONS = 100;

export function fieldType(field: ProfileField | null | undefined): FieldType | null {
  return field ? FIELD_TYPES[field] ?? null : null;
}

/** The operators a field type supports; mirrors RuleValidator.Supports. */
export function operatorsFor(type: FieldType | null): Operator[] {
  if (!type) {
    return [];
  }
  return OPERATORS.filter(op => {
    switch (op) {
      case 'Equal':
      case 'NotEqual':
      case 'Exists':
        return true;
      case 'In':
        return type !== 'Boolean';
      default:
        return type === 'Number' || type === 'Degree' || type === 'Tier';
    }
  });
}

export function supports(type: FieldType | null, op: ConditionOperator | null | undefined): boolean {
  return !!op && operatorsFor(type).includes(op);
}

/** How many values an operator takes: [min, max] (RuleValidator). */
export function valueCount(op: ConditionOperator | null | undefined): [number, number] {
  switch (op) {
    case 'Exists':
      return [0, 0];
    case 'Between':
      return [2, 2];
    case 'In':
      return [1, MAX_IN_VALUES];
    default:
      return [1, 1];
  }
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
  const type = FIELD_TYPES[field];
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
      return value.length > 0 && value.length <= 64;
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
  const type = FIELD_TYPES[node.field];
  if (!supports(type, node.operator)) {
    return ['RuleEditor:OperatorNotForType'];
  }
  const [min, max] = valueCount(node.operator);
  if (node.values.length < min || node.values.length > max || node.values.some(value => !isValidValue(type, value))) {
    return ['RuleEditor:ValueMissing'];
  }
  return [];
}
