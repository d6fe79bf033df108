import type { EChartsCoreOption } from 'echarts/core';
import { RecruitmentFunnelDto, RecruitmentStage } from '../../../proxy/models';

export interface FunnelRow {
  stage: RecruitmentStage;
  label: string;
  reached: number;
  /** Percent of the previous stage's count, as served ("50.00"); null for the first stage. */
  passRate: number | null;
}

/**
 * The funnel's rows in stage order. Stages nobody was ever meant to reach (笔试 of 直接考察 campaigns: zero here while a
 * later stage has people) are left out, so the funnel does not narrow to nothing and widen again.
 */
export function funnelRows(funnel: RecruitmentFunnelDto | null | undefined, label: (stage: RecruitmentStage) => string): FunnelRow[] {
  const stages = funnel?.stages ?? [];
  return stages
    .filter((stage, i) => stage.reached > 0 || !stages.slice(i + 1).some(later => later.reached > 0))
    .map(stage => ({ stage: stage.stage, label: label(stage.stage), reached: stage.reached, passRate: stage.passRate }));
}

/** "50.0%" of a percent value, '—' without one. */
export function percentText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Number(value).toFixed(1)}%`;
}

/** A plain number with at most `decimals` decimals, '—' without one. */
export function numberText(value: number | null | undefined, decimals = 2): string {
  return value === null || value === undefined ? '—' : String(Number(Number(value).toFixed(decimals)));
}

/** An ECharts funnel of the stages, widest first, with the count and the pass rate in each label. */
export function funnelChartOptions(rows: readonly FunnelRow[], seriesName: string): EChartsCoreOption {
  const max = Math.max(1, ...rows.map(row => row.reached));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{
      name: seriesName,
      type: 'funnel',
      sort: 'none',
      left: '5%',
      width: '90%',
      min: 0,
      max,
      minSize: '4%',
      gap: 2,
      label: { show: true, position: 'inside', color: '#000', formatter: '{b} {c}' },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      color: ['#91caff', '#69b1ff', '#4096ff', '#adc6ff', '#85a5ff', '#95de64', '#b7eb8f', '#ffd591', '#ffc069', '#5cdbd3'],
      data: rows.map(row => ({ name: row.label, value: row.reached })),
    }],
  };
}
