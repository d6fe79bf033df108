import { HttpErrorResponse } from '@angular/common/http';
import { BenefitRuleDto, RuleConditionDto, TalentPolicyDto } from '../../proxy/models';
import {
  addChild, comparison, countNodes, defaultValues, depthOf, fieldType, formatBoolean, formatNumber, fromConditionDto, group,
  isValidValue, localProblems, newComparison, nodeAt, operatorsFor, parseBoolean, parseNumber, removeAt, removeChild, replaceChild,
  toConditionDto, updateAt, valueCount, withField, withKind, withOperator, withValueAt, withValues,
} from './condition-tree';
import {
  conditionNumber, conditionTarget, locateError, locateErrors, pathSegments, problemErrors, RuleErrors,
} from './rule-errors';
import {
  draftFingerprint, evenShares, fromPolicyDto, fromRuleDto, keepKeys, moveItem, newRule, percentToShare, shareToPercent, sharesTotal,
  sharesValid, toRuleDto, toUpdateDto, withScheduleKind,
} from './rule-draft';
import { runPercent, runSeconds } from './talent-enums';

/** The demo policy's 生活补贴 as the API returns it. */
const LIVING_CONDITION: RuleConditionDto = {
  kind: 'All',
  children: [
    { kind: 'Compare', field: 'Degree', operator: 'GreaterOrEqual', values: ['Bachelor'] },
    {
      kind: 'Any',
      children: [
        { kind: 'Compare', field: 'Age', operator: 'LessOrEqual', values: ['35'] },
        {
          kind: 'All',
          children: [
            { kind: 'Compare', field: 'Degree', operator: 'Equal', values: ['Doctorate'] },
            { kind: 'Compare', field: 'Age', operator: 'LessOrEqual', values: ['40'] },
          ],
        },
      ],
    },
    { kind: 'Compare', field: 'EmployerInZone', operator: 'Equal', values: ['true'] },
    { kind: 'Compare', field: 'SocialInsuranceMonths', operator: 'GreaterOrEqual', values: ['6'] },
  ],
};

const LIVING: BenefitRuleDto = {
  code: 'living', nameZh: '生活补贴', nameEn: 'Living allowance', article: '第六条', exclusivityGroup: null, commitmentYears: null,
  condition: LIVING_CONDITION,
  amount: { kind: 'ByDegree', fixed: null, table: { Bachelor: 10000, Master: 30000, Doctorate: 50000 } },
  schedule: { kind: 'LumpSum', shares: null },
};

const RENT: BenefitRuleDto = {
  code: 'rent', nameZh: '租房补贴', nameEn: 'Rent allowance', article: '第七条', exclusivityGroup: 'housing', commitmentYears: 3,
  condition: { kind: 'Compare', field: 'OwnsHomeInZone', operator: 'Equal', values: ['false'] },
  amount: { kind: 'Fixed', fixed: 30000, table: null },
  schedule: { kind: 'Yearly', shares: [0.3334, 0.3333, 0.3333] },
};

const POLICY: TalentPolicyDto = {
  id: 'p1', code: 'TP-2024', version: 2, title: '人才政策', titleZh: '人才政策', titleEn: 'Talent policy', document: '大连高管发〔2024〕5号',
  effectiveFrom: '2026-11-28', effectiveTo: null, status: 'Draft', reassessGranted: false, publishedAt: null, isInForce: false,
  entitlementCount: 0, rules: [LIVING, RENT], concurrencyStamp: 'stamp',
};

describe('operators by field type', () => {
  it('knows the type of every profile field', () => {
    expect(fieldType('Age')).toBe('Number');
    expect(fieldType('SocialInsuranceMonths')).toBe('Number');
    expect(fieldType('EmployerInZone')).toBe('Boolean');
    expect(fieldType('Degree')).toBe('Degree');
    expect(fieldType('Tier')).toBe('Tier');
    expect(fieldType('Field')).toBe('Text');
    expect(fieldType(null)).toBeNull();
  });

  it('offers what RuleValidator accepts', () => {
    expect(operatorsFor('Number')).toEqual([
      'Equal', 'NotEqual', 'LessThan', 'LessOrEqual', 'GreaterThan', 'GreaterOrEqual', 'In', 'Between', 'Exists',
    ]);
    expect(operatorsFor('Degree')).toEqual(operatorsFor('Number'));
    expect(operatorsFor('Tier')).toEqual(operatorsFor('Number'));
    expect(operatorsFor('Boolean')).toEqual(['Equal', 'NotEqual', 'Exists']);
    expect(operatorsFor('Text')).toEqual(['Equal', 'NotEqual', 'In', 'Exists']);
    expect(operatorsFor(null)).toEqual([]);
  });

  it('counts the values of each operator', () => {
    expect(valueCount('Exists')).toEqual([0, 0]);
    expect(valueCount('Between')).toEqual([2, 2]);
    expect(valueCount('In')).toEqual([1, 50]);
    expect(valueCount('GreaterOrEqual')).toEqual([1, 1]);
    expect(defaultValues('Boolean', 'Equal')).toEqual(['true']);
    expect(defaultValues('Number', 'Between')).toEqual(['', '']);
    expect(defaultValues('Text', 'Exists')).toEqual([]);
  });
});

describe('condition tree', () => {
  it('round-trips the API form', () => {
    const tree = fromConditionDto(LIVING_CONDITION);
    expect(tree.kind).toBe('All');
    expect(tree.children).toHaveLength(4);
    expect(toConditionDto(tree)).toEqual(LIVING_CONDITION);
    expect(countNodes(tree)).toBe(9);
    expect(depthOf(tree)).toBe(4);
    expect(new Set(flatIds(tree)).size).toBe(9);
  });

  it('adds, replaces and removes children without touching the original', () => {
    const root = group('All', [newComparison('Age')]);
    const added = addChild(root, group('Any', [newComparison()]));
    expect(root.children).toHaveLength(1);
    expect(added.children.map(child => child.kind)).toEqual(['Compare', 'Any']);

    const replaced = replaceChild(added, 0, comparison('Degree', 'Equal', ['Master']));
    expect(toConditionDto(replaced.children[0])).toEqual({ kind: 'Compare', field: 'Degree', operator: 'Equal', values: ['Master'] });
    expect(replaced.children[1]).toBe(added.children[1]);

    expect(removeChild(replaced, 0).children.map(child => child.kind)).toEqual(['Any']);
  });

  it('edits and removes nodes by path', () => {
    const tree = fromConditionDto(LIVING_CONDITION);
    expect(nodeAt(tree, [1, 1, 0])?.values).toEqual(['Doctorate']);
    expect(nodeAt(tree, [9])).toBeNull();

    const edited = updateAt(tree, [3], node => withValues(node, ['3']));
    expect(nodeAt(edited, [3])?.values).toEqual(['3']);
    expect(nodeAt(tree, [3])?.values).toEqual(['6']);
    // Untouched branches are shared, not copied.
    expect(edited.children[1]).toBe(tree.children[1]);

    const pruned = removeAt(tree, [1, 1]);
    expect(nodeAt(pruned, [1])?.children).toHaveLength(1);
    expect(removeAt(tree, [])).toBe(tree);
  });

  it('switches a group between all, any and not', () => {
    const not = withKind(group('All', [newComparison()]), 'Not');
    expect(toConditionDto(not).kind).toBe('Not');
    expect(localProblems(not)).toEqual([]);
    expect(localProblems(addChild(not, newComparison()))).toEqual(['RuleEditor:NotNeedsOne']);
    expect(localProblems(group('Any'))).toEqual(['RuleEditor:GroupEmpty']);
  });

  it('keeps the operator and values a new field still supports, and resets the others', () => {
    const age = comparison('Age', 'LessOrEqual', ['35']);
    expect(toConditionDto(withField(age, 'ContractYears'))).toEqual({ kind: 'Compare', field: 'ContractYears', operator: 'LessOrEqual', values: ['35'] });
    // A yes/no field has no "not more than": the first operator it supports, switched on.
    expect(toConditionDto(withField(age, 'EmployerInZone'))).toEqual({ kind: 'Compare', field: 'EmployerInZone', operator: 'Equal', values: ['true'] });
    // Same operator, another type: the number makes no degree.
    expect(toConditionDto(withField(age, 'Degree'))).toEqual({ kind: 'Compare', field: 'Degree', operator: 'LessOrEqual', values: [''] });
    expect(toConditionDto(withField(comparison('Field', 'In', ['集成电路']), 'OwnsHomeInZone')).operator).toBe('Equal');
  });

  it('fits the values to the operator', () => {
    const months = comparison('SocialInsuranceMonths', 'GreaterOrEqual', ['6']);
    expect(withOperator(months, 'Between').values).toEqual(['6', '']);
    expect(withOperator(months, 'Exists').values).toEqual([]);
    expect(withOperator(comparison('Tier', 'In', ['B', 'C', 'D']), 'Equal').values).toEqual(['B']);
    expect(withOperator(comparison('Tier', 'Equal', ['B']), 'In').values).toEqual(['B']);
    expect(withValueAt(withOperator(months, 'Between'), 1, '12').values).toEqual(['6', '12']);
  });

  it('finds what is missing before the server does', () => {
    expect(localProblems(comparison())).toEqual(['RuleEditor:FieldMissing']);
    expect(localProblems(comparison('EmployerInZone', 'LessThan', ['true']))).toEqual(['RuleEditor:OperatorNotForType']);
    expect(localProblems(comparison('Age', 'LessOrEqual', ['']))).toEqual(['RuleEditor:ValueMissing']);
    expect(localProblems(comparison('Age', 'Between', ['30']))).toEqual(['RuleEditor:ValueMissing']);
    expect(localProblems(comparison('Degree', 'Equal', ['PhD']))).toEqual(['RuleEditor:ValueMissing']);
    expect(localProblems(comparison('Age', 'Exists'))).toEqual([]);
    expect(localProblems(comparison('Tier', 'In', ['A', 'B']))).toEqual([]);
  });
});

describe('condition values', () => {
  it('writes numbers and switches as invariant text', () => {
    expect(formatNumber(35)).toBe('35');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatBoolean(true)).toBe('true');
    expect(formatBoolean(false)).toBe('false');
  });

  it('reads them back', () => {
    expect(parseNumber('35')).toBe(35);
    expect(parseNumber(' 2.5 ')).toBe(2.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseBoolean('true')).toBe(true);
    expect(parseBoolean('false')).toBe(false);
    expect(parseBoolean('')).toBe(false);
  });

  it('checks a value against the field type', () => {
    expect(isValidValue('Number', '6')).toBe(true);
    expect(isValidValue('Number', 'six')).toBe(false);
    expect(isValidValue('Boolean', 'true')).toBe(true);
    expect(isValidValue('Boolean', 'yes')).toBe(false);
    expect(isValidValue('Degree', 'Master')).toBe(true);
    expect(isValidValue('Degree', 'master')).toBe(false);
    expect(isValidValue('Tier', 'B')).toBe(true);
    expect(isValidValue('Tier', 'F')).toBe(false);
    expect(isValidValue('Text', '集成电路')).toBe(true);
    expect(isValidValue('Text', ' ')).toBe(false);
  });

  it('sends trimmed values', () => {
    expect(toConditionDto(comparison('Field', 'Equal', [' 生物医药 '])).values).toEqual(['生物医药']);
  });
});

describe('rule drafts', () => {
  it('round-trip the API form', () => {
    expect(toRuleDto(fromRuleDto(LIVING))).toEqual(LIVING);
    expect(toRuleDto(fromRuleDto(RENT))).toEqual(RENT);
  });

  it('show shares in percent and send them as shares', () => {
    const rent = fromRuleDto(RENT);
    expect(rent.shares).toEqual([33.34, 33.33, 33.33]);
    expect(shareToPercent(0.2)).toBe(20);
    expect(percentToShare(33.34)).toBe(0.3334);
    expect(percentToShare(null)).toBe(0);
    expect(sharesTotal(rent.shares)).toBe(100);
    expect(sharesValid(rent.shares)).toBe(true);
    expect(sharesValid([50, 20, 20, 20, 20])).toBe(false);
    expect(sharesTotal([50, 20, 20, 20, 20])).toBe(130);
    expect(sharesValid([100, 0])).toBe(false);
    expect(sharesValid([100, null])).toBe(false);
    expect(sharesValid([])).toBe(false);
    expect(evenShares(3)).toEqual([33.34, 33.33, 33.33]);
    expect(evenShares(5)).toEqual([20, 20, 20, 20, 20]);
    expect(sharesTotal(evenShares(7))).toBe(100);
  });

  it('switch schedules and amount kinds without losing what was typed', () => {
    const living = fromRuleDto(LIVING);
    const yearly = withScheduleKind(living, 'Yearly');
    expect(yearly.shares).toEqual([20, 20, 20, 20, 20]);
    expect(toRuleDto(yearly).schedule).toEqual({ kind: 'Yearly', shares: [0.2, 0.2, 0.2, 0.2, 0.2] });
    expect(toRuleDto(withScheduleKind(yearly, 'LumpSum')).schedule).toEqual({ kind: 'LumpSum', shares: null });

    const byTier = { ...living, amountKind: 'ByTier' as const, tierTable: { ...living.tierTable, B: 300000 } };
    expect(toRuleDto(byTier).amount).toEqual({ kind: 'ByTier', fixed: null, table: { B: 300000 } });
    expect(toRuleDto({ ...byTier, amountKind: 'ByDegree' }).amount.table).toEqual({ Bachelor: 10000, Master: 30000, Doctorate: 50000 });
    expect(toRuleDto({ ...byTier, amountKind: 'Fixed', fixed: 5000 }).amount).toEqual({ kind: 'Fixed', fixed: 5000, table: null });
    expect(toRuleDto({ ...byTier, amountKind: 'None' }).amount).toEqual({ kind: 'None', fixed: null, table: null });
  });

  it('send empty texts as null', () => {
    const rule = { ...fromRuleDto(RENT), article: '  ', exclusivityGroup: '' };
    expect(toRuleDto(rule).article).toBeNull();
    expect(toRuleDto(rule).exclusivityGroup).toBeNull();
  });

  it('start a new rule with a free code and a first condition', () => {
    const rule = newRule(['rule1', 'rule3']);
    expect(rule.code).toBe('rule4');
    expect(toRuleDto(rule).condition).toEqual({
      kind: 'All', children: [{ kind: 'Compare', field: 'EmployerInZone', operator: 'Equal', values: ['true'] }],
    });
  });

  it('make the update body of a policy and see when it changed', () => {
    const draft = fromPolicyDto(POLICY);
    const body = toUpdateDto(draft, POLICY.code, POLICY.concurrencyStamp);
    expect(body).toMatchObject({
      code: 'TP-2024', concurrencyStamp: 'stamp', titleZh: '人才政策', effectiveFrom: '2026-11-28', effectiveTo: null, reassessGranted: false,
    });
    expect(body.rules).toEqual([LIVING, RENT]);
    expect(draftFingerprint(fromPolicyDto(POLICY))).toBe(draftFingerprint(draft));
    expect(draftFingerprint({ ...draft, reassessGranted: true })).not.toBe(draftFingerprint(draft));
  });

  it('keep rule keys across a reload and move rules', () => {
    const before = fromPolicyDto(POLICY);
    const after = keepKeys(fromPolicyDto(POLICY), before);
    expect(after.rules.map(rule => rule.key)).toEqual(before.rules.map(rule => rule.key));
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});

describe('server faults by path', () => {
  it('splits paths into names and indices', () => {
    expect(pathSegments('rules[1].condition.children[0].values[0]')).toEqual([
      { name: 'rules', index: 1 }, { name: 'condition', index: null }, { name: 'children', index: 0 }, { name: 'values', index: 0 },
    ]);
    expect(pathSegments('$.rules[0].amount')).toEqual([{ name: 'rules', index: 0 }, { name: 'amount', index: null }]);
    expect(pathSegments('')).toEqual([]);
  });

  it('locates rule validation paths', () => {
    expect(locateError('rules[1].condition.children[0]')).toEqual({ rule: 1, target: 'condition.0' });
    expect(locateError('rules[1].condition.children[1].children[0].operator')).toEqual({ rule: 1, target: 'condition.1.0' });
    expect(locateError('rules[0].condition.children[3].values[0]')).toEqual({ rule: 0, target: 'condition.3' });
    expect(locateError('rules[2].condition')).toEqual({ rule: 2, target: 'condition' });
    expect(locateError('rules[1].schedule.shares')).toEqual({ rule: 1, target: 'schedule' });
    expect(locateError('rules[0].amount.table.B')).toEqual({ rule: 0, target: 'amount' });
    expect(locateError('rules[4].code')).toEqual({ rule: 4, target: 'code' });
    expect(locateError('rules[4].commitmentYears')).toEqual({ rule: 4, target: 'commitmentYears' });
  });

  it('locates model-state and JSON reader paths', () => {
    expect(locateError('Rules[0].NameZh')).toEqual({ rule: 0, target: 'nameZh' });
    expect(locateError('$.rules[3].condition.children[2].field')).toEqual({ rule: 3, target: 'condition.2' });
    expect(locateError('input.Rules[1].Code')).toEqual({ rule: 1, target: 'code' });
    expect(locateError('TitleZh')).toEqual({ rule: null, target: 'titleZh' });
    expect(locateError('$.effectiveFrom')).toEqual({ rule: null, target: 'effectiveFrom' });
    expect(locateError('$')).toEqual({ rule: null, target: '' });
  });

  it('locates the faults of a rule sent alone to be tested', () => {
    expect(locateError('rule.condition.children[0]', 5)).toEqual({ rule: 5, target: 'condition.0' });
    expect(locateError('rule.schedule.shares', 2)).toEqual({ rule: 2, target: 'schedule' });
    expect(locateError('Rule.Code', 2)).toEqual({ rule: 2, target: 'code' });
  });

  it('indexes located faults for the editor', () => {
    const errors = new RuleErrors(locateErrors({
      'rules[1].schedule.shares': ['分期比例必须为正数且合计为 100%，现为 0.5 + 0.2。'],
      'rules[1].condition.children[0]': ['条件组不能为空。'],
      'rules[1].condition.children[0].values': ['a', 'b'],
      'rules[0].code': ['规则编码重复'],
      TitleZh: ['必填'],
    }));
    expect(errors.isEmpty).toBe(false);
    expect(errors.all.map(error => error.path)).toEqual([
      'TitleZh', 'rules[0].code', 'rules[1].condition.children[0]', 'rules[1].condition.children[0].values', 'rules[1].schedule.shares',
    ]);
    expect(errors.at(null, 'titleZh')).toEqual(['必填']);
    expect(errors.at(1, 'schedule')).toEqual(['分期比例必须为正数且合计为 100%，现为 0.5 + 0.2。']);
    expect(errors.atCondition(1, [0])).toEqual(['条件组不能为空。', 'a', 'b']);
    expect(errors.atCondition(1, [])).toEqual([]);
    expect(errors.countFor(1)).toBe(4);
    expect(errors.countFor(0)).toBe(1);
    expect(errors.countFor(7)).toBe(0);
    expect([...errors.forRule(1).keys()]).toEqual(['condition.0', 'schedule']);
    expect(RuleErrors.none.isEmpty).toBe(true);
  });

  it('numbers conditions for people', () => {
    expect(conditionTarget([])).toBe('condition');
    expect(conditionTarget([1, 0])).toBe('condition.1.0');
    expect(conditionNumber('condition.1.0')).toBe('2.1');
    expect(conditionNumber('condition')).toBe('');
  });

  it('reads the errors of a 400 problem only', () => {
    const body = { status: 400, errors: { 'rules[0].code': ['x'] } };
    expect(problemErrors(new HttpErrorResponse({ status: 400, error: body }))).toEqual(body.errors);
    expect(problemErrors(new HttpErrorResponse({ status: 400, error: JSON.stringify(body) }))).toEqual(body.errors);
    expect(problemErrors(new HttpErrorResponse({ status: 409, error: body }))).toBeNull();
    expect(problemErrors(new HttpErrorResponse({ status: 400, error: { detail: 'no' } }))).toBeNull();
    expect(problemErrors(new Error('x'))).toBeNull();
  });
});

describe('display helpers', () => {
  it('measures matching runs', () => {
    expect(runPercent(null)).toBe(0);
    expect(runPercent({ processed: 150, total: 301, isRunning: true })).toBe(49);
    expect(runPercent({ processed: 301, total: 301, isRunning: false })).toBe(100);
    expect(runPercent({ processed: 0, total: 0, isRunning: false })).toBe(100);
    expect(runPercent({ processed: 0, total: 0, isRunning: true })).toBe(0);
    expect(runSeconds({ startedAt: '2026-11-28T00:00:00Z', completedAt: '2026-11-28T00:00:01.44Z' })).toBe('1.4');
    expect(runSeconds({ startedAt: '2026-11-28T00:00:00Z', completedAt: null })).toBeNull();
  });
});

function flatIds(node: { id: number; children: readonly { id: number; children: readonly unknown[] }[] }): number[] {
  return [node.id, ...node.children.flatMap(child => flatIds(child as typeof node))];
}
