import { quotaUsageOptions } from '../components/quota-usage-chart.component';
import { QuotaUsageDto } from '../../proxy/models';
import { violatedRules } from './metrics.page';

describe('metrics', () => {
  it('lists only the violated staffing mix rules, with their unit', () => {
    const rows = violatedRules([
      {
        orgUnitId: 'u1', orgUnitName: '科创中心', violationCount: 1, rules: [
          { ruleId: 'r1', kind: 'MinCategoryShare', description: '专业技术岗位占比', expected: '≥ 70%', actual: '62.5%（5/8）', isViolated: true },
          { ruleId: 'r2', kind: 'MaxSkilledLowLevelShare', description: '工勤一、二级占比', expected: '≤ 25%', actual: '0%', isViolated: false },
        ],
      },
      { orgUnitId: 'u2', orgUnitName: '平台公司', violationCount: 0, rules: [] },
    ]);
    expect(rows).toEqual([{ orgUnitId: 'u1', orgUnitName: '科创中心', description: '专业技术岗位占比', expected: '≥ 70%', actual: '62.5%（5/8）' }]);
  });

  it('limits the violations to the chosen subtree', () => {
    const violated = { ruleId: 'r', kind: 'MinCategoryShare' as const, description: 'd', expected: 'e', actual: 'a', isViolated: true };
    const results = [
      { orgUnitId: 'u1', orgUnitName: '科创中心', violationCount: 1, rules: [violated] },
      { orgUnitId: 'u2', orgUnitName: '平台公司', violationCount: 1, rules: [violated] },
    ];
    expect(violatedRules(results, new Set(['u2'])).map(row => row.orgUnitId)).toEqual(['u2']);
    expect(violatedRules(results, null)).toHaveLength(2);
  });

  it('stacks occupied, vacant and overrun per staffing type, with localized axis labels', () => {
    const rows: QuotaUsageDto[] = [
      { staffingType: 'Administrative', approved: 45, occupied: 40, vacant: 5, usage: 40 / 45 },
      { staffingType: 'Headcount', approved: 10, occupied: 12, vacant: 0, usage: 1.2 },
    ];
    const options = quotaUsageOptions(rows, key => `t(${key})`) as {
      xAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(options.xAxis.data).toEqual(['t(Enum:StaffingType.Administrative)', 't(Enum:StaffingType.Headcount)']);
    expect(options.series.map(series => series.data)).toEqual([[40, 10], [5, 0], [0, 2]]);
    expect(options.series[0].name).toBe('t(Metrics:Occupied)');
  });
});
