import { describe, expect, it } from 'vitest';
import { RecruitmentFunnelDto } from '../../../proxy/models';
import { funnelChartOptions, funnelRows, numberText, percentText } from './funnel';

function funnel(counts: Record<string, [number, number | null]>): RecruitmentFunnelDto {
  return {
    applicants: 10, applicantsPerPlace: 5, averageDaysNoticeToHire: null, campaignCode: null, campaignId: null, campaignTitle: null,
    cancelledPositions: 0, hired: 1, places: 2, positions: 1,
    stages: Object.entries(counts).map(([stage, [reached, passRate]]) => ({ stage: stage as never, reached, passRate })),
  };
}

describe('the funnel rows', () => {
  it('keep the stages in order with the served counts and pass rates', () => {
    const rows = funnelRows(funnel({ Registered: [10, null], QualificationPassed: [8, 80], Hired: [0, 0] }), stage => `L:${stage}`);
    expect(rows).toEqual([
      { stage: 'Registered', label: 'L:Registered', reached: 10, passRate: null },
      { stage: 'QualificationPassed', label: 'L:QualificationPassed', reached: 8, passRate: 80 },
      { stage: 'Hired', label: 'L:Hired', reached: 0, passRate: 0 },
    ]);
  });

  it('leave out an empty stage that later stages skipped (笔试 of 直接考察), but keep the empty tail', () => {
    const rows = funnelRows(funnel({ Registered: [4, null], WrittenExam: [0, 0], Interview: [3, null], Medical: [0, 0], Hired: [0, null] }), s => s);
    expect(rows.map(r => r.stage)).toEqual(['Registered', 'Interview', 'Medical', 'Hired']);
  });

  it('are empty without data', () => {
    expect(funnelRows(null, s => s)).toEqual([]);
  });
});

describe('the funnel chart', () => {
  it('is one funnel series in stage order, scaled to the widest stage', () => {
    const options = funnelChartOptions([
      { stage: 'Registered', label: '报名', reached: 12, passRate: null },
      { stage: 'Hired', label: '聘用', reached: 2, passRate: 16.67 },
    ], '人数') as { series: { type: string; sort: string; max: number; data: unknown[] }[] };
    expect(options.series).toHaveLength(1);
    expect(options.series[0]).toMatchObject({ type: 'funnel', sort: 'none', max: 12 });
    expect(options.series[0].data).toEqual([{ name: '报名', value: 12 }, { name: '聘用', value: 2 }]);
  });
});

describe('the stats texts', () => {
  it('show percents with one decimal and numbers without trailing zeros, a dash without a value', () => {
    expect(percentText(16.67)).toBe('16.7%');
    expect(percentText(null)).toBe('—');
    expect(numberText(2.5)).toBe('2.5');
    expect(numberText(3)).toBe('3');
    expect(numberText(1.2345, 1)).toBe('1.2');
    expect(numberText(undefined)).toBe('—');
  });
});
