import { OrgMetricsSummaryDto, PlanUnitDiffDto } from '../../proxy/models';
import { fieldsOf, fromChangeInput, isRequired, toChangeInput } from './change-fields';
import { chinaDate, chinaTime, chinaToday, remainingText } from '../../shared/time/china-time';
import { diffCounts, impactChartData, metricCards, sortViolations, violationSeverity } from './impact';
import { unitPickerNodes } from './pickers';
import { defaultPeriod, monthlyChartOptions, rateText } from './stats';

const unit = (id: string, diff: PlanUnitDiffDto['diff'], parentBefore: string | null, parentAfter: string | null,
  posts: [number, number] = [1, 1]): PlanUnitDiffDto => ({
  id, diff, nameZh: `单位${id}`, nameEn: `Unit ${id}`, nameZhBefore: null, kind: 'Section', parentIdBefore: parentBefore,
  parentIdAfter: parentAfter, depthBefore: null, depthAfter: null, postCountBefore: posts[0], postCountAfter: posts[1],
});

describe('impact chart', () => {
  const units = [
    unit('root', 'Unchanged', null, null),
    unit('a', 'Changed', 'root', 'root', [9, 16]),
    unit('a1', 'Removed', 'a', null, [4, 0]),
    unit('b', 'Moved', 'a', 'root'),
    unit('n', 'Added', null, 'a', [0, 2]),
  ];

  it('draws the result with removed units under their old parent, coloured by diff', () => {
    const root = impactChartData(units, 'zh-Hans', '园区')!;
    expect(root.id).toBe('root');
    expect(root.children.map(node => node.id)).toEqual(['a', 'b']);
    const a = root.children[0];
    expect(a.value).toBe('9→16');
    expect(a.itemStyle.color).toBe('#1677ff');
    expect(a.children.map(node => [node.id, node.diff])).toEqual([['a1', 'Removed'], ['n', 'Added']]);
    const removed = a.children[0];
    expect(removed.itemStyle.borderType).toBe('dashed');
    expect(removed.lineStyle?.type).toBe('dashed');
    expect(removed.value).toBe('4');
    expect(a.children[1].itemStyle.color).toBe('#52c41a');
    expect(root.children[1].itemStyle.color).toBe('#fa8c16');
  });

  it('adds a virtual root for several top units and names them in the UI language', () => {
    const root = impactChartData([unit('x', 'Unchanged', null, null), unit('y', 'Added', null, null)], 'en', 'Zone')!;
    expect(root.name).toBe('Zone');
    expect(root.children.map(node => node.name)).toEqual(['Unit x', 'Unit y']);
    expect(impactChartData([], 'en', 'Zone')).toBeNull();
  });

  it('counts the diffs for the legend and builds picker nodes', () => {
    expect(diffCounts(units)).toEqual({ Added: 1, Removed: 1, Moved: 1, Changed: 1, Unchanged: 1 });
    const nodes = unitPickerNodes(units, 'zh-Hans', '撤销');
    expect(nodes[0].children!.find(node => node.key === 'a')!.children!.map(node => node.title)).toEqual(['单位a1（撤销）', '单位n']);
  });

  it('compares the metrics, a flatter and leaner structure counting as better', () => {
    const summary = (layers: number, units: number, share: number): OrgMetricsSummaryDto => ({
      layers, unitCount: units, averageSpan: 3, maxSpan: 9, staffCount: 239, unitsPer100Staff: 5.86, postCount: 275,
      leadershipPostCount: 32, leadershipShare: share, quotaUsage: [{ staffingType: 'Administrative', approved: 10, occupied: 8, vacant: 2, usage: 0.8 }],
      postsWithoutDutyCount: 0, dutiesWithoutPostCount: 0, mixViolationCount: 0,
    });
    const cards = metricCards(summary(3, 14, 0.1164), summary(2, 10, 0.1164));
    const layers = cards.find(card => card.key === 'layers')!;
    expect([layers.before, layers.after, layers.trend, layers.improved]).toEqual(['3', '2', 'down', true]);
    expect(cards.find(card => card.key === 'leadership')!.after).toBe('11.6%');
    expect(cards.find(card => card.key === 'quota')!.improved).toBeNull();
  });

  it('shows new hard violations first and in red', () => {
    const violation = (isHard: boolean, isNew: boolean) =>
      ({ kind: 'OverStaffingQuota' as const, isHard, isNew, causedBy: isNew ? 2 : null, message: '', unitId: null, postId: null, personId: null });
    expect(violationSeverity(violation(true, true))).toBe('blocking');
    expect(violationSeverity(violation(false, true))).toBe('warning');
    expect(violationSeverity(violation(true, false))).toBe('existing');
    expect(sortViolations([violation(true, false), violation(false, true), violation(true, true)]).map(violationSeverity))
      .toEqual(['blocking', 'warning', 'existing']);
  });
});

describe('change form rules', () => {
  it('shows each type its own fields, required as the server requires', () => {
    expect(fieldsOf('MergeUnits')).toEqual(['sourceUnitIds', 'unitId']);
    expect(isRequired('MergeUnits', 'sourceUnitIds')).toBe(true);
    expect(fieldsOf('CreateUnit')).toEqual(['parentId', 'kind', 'nameZh', 'nameEn', 'functions']);
    expect(isRequired('CreateUnit', 'parentId')).toBe(false);
    expect(isRequired('SetFunctions', 'functions')).toBe(true);
    expect(isRequired('CreatePost', 'level')).toBe(false);
    expect(fieldsOf('ReassignPerson')).toEqual(['personId', 'targetPostId']);
    expect(fieldsOf('EndAppointment')).toEqual(['personId', 'reason']);
    expect(fieldsOf(null)).toEqual([]);
  });

  it('sends only the type\'s fields, trimmed, with empty clauses dropped', () => {
    const input = toChangeInput('RenameUnit', { unitId: 'u', nameZh: ' 人才局 ', nameEn: 'Talent', shortName: '  ', heads: 3 });
    expect(input).toEqual({ type: 'RenameUnit', unitId: 'u', nameZh: '人才局', nameEn: 'Talent', shortName: null });
    const create = toChangeInput('CreateUnit', { kind: 'Section', nameZh: '科', nameEn: 'S', functions: [{ text: ' a ' }, { text: ' ' }] });
    expect(create.parentId).toBeNull();
    expect(create.functions).toEqual([{ id: null, text: 'a' }]);
  });

  it('fills the form from a stored change', () => {
    const value = fromChangeInput({ type: 'MergeUnits', unitId: 'keep', sourceUnitIds: null, nameZh: 'ignored' });
    expect(value).toEqual({ sourceUnitIds: [], unitId: 'keep' });
  });
});

describe('China time and remaining working days', () => {
  it('shows instants in China time whatever their offset', () => {
    expect(chinaTime('2026-11-27T21:13:40+00:00')).toBe('2026-11-28 05:13');
    expect(chinaTime('2026-11-20T23:59:59+08:00')).toBe('2026-11-20 23:59');
    expect(chinaDate('2027-01-01')).toBe('2027-01-01');
    expect(chinaToday(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(chinaTime(null)).toBe('');
  });

  it('says how many working days are left, or how late the step is', () => {
    expect(remainingText(3)).toEqual({ key: 'Approvals:RemainingDays', days: 3 });
    expect(remainingText(0)).toEqual({ key: 'Approvals:DueToday', days: 0 });
    expect(remainingText(-5)).toEqual({ key: 'Approvals:OverdueDays', days: 5 });
    expect(remainingText(null)).toBeNull();
  });
});

describe('approval statistics', () => {
  it('defaults to 1 January of last year up to today', () => {
    expect(defaultPeriod(new Date('2026-11-27T04:00:00Z'))).toEqual({ from: '2025-01-01', to: '2026-11-27' });
  });

  it('stacks on-time and late bars per month with the rate as a percentage line', () => {
    const row = (key: string, onTime: number, late: number, onTimeRate: number | null) =>
      ({ key, nameZh: key, nameEn: key, completed: onTime + late, onTime, late, overdueOpen: 0, onTimeRate });
    const options = monthlyChartOptions([row('2026-01', 3, 1, 0.75), row('2026-02', 0, 0, null)], key => `t(${key})`) as {
      xAxis: { data: string[] };
      series: { name: string; type: string; data: (number | null)[]; yAxisIndex?: number }[];
    };
    expect(options.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(options.series.map(series => series.data)).toEqual([[3, 0], [1, 0], [75, null]]);
    expect(options.series[2]).toMatchObject({ type: 'line', yAxisIndex: 1, name: 't(Stats:OnTimeRate)' });
    expect(rateText(0.95)).toBe('95.0%');
    expect(rateText(null)).toBe('');
  });
});
