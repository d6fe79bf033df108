import type { EChartsCoreOption } from 'echarts/core';
import { ApprovalStatsRowDto } from '../../proxy/models';
import { chinaToday } from '../../shared/time/china-time';

/** The default period: from 1 January of last year to today. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const today = chinaToday(now);
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: today };
}

/** "95.0%", or '' when nothing was completed (no rate). */
export function rateText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '' : `${(rate * 100).toFixed(1)}%`;
}

/** On-time and late completions stacked per month, with the on-time rate (%) as a line on a second axis. */
export function monthlyChartOptions(rows: readonly ApprovalStatsRowDto[], t: (key: string) => string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 48, top: 40, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: rows.map(row => row.key) },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('Stats:Completed') },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, name: t('Stats:OnTimeRate') },
    ],
    series: [
      {
        name: t('Stats:OnTime'), type: 'bar', stack: 'done', barMaxWidth: 40, itemStyle: { color: '#52c41a' },
        data: rows.map(row => row.onTime),
      },
      {
        name: t('Stats:Late'), type: 'bar', stack: 'done', barMaxWidth: 40, itemStyle: { color: '#ff4d4f' },
        data: rows.map(row => row.late),
      },
      {
        name: t('Stats:OnTimeRate'), type: 'line', yAxisIndex: 1, smooth: false, itemStyle: { color: '#1677ff' },
        data: rows.map(row => (row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10)),
        connectNulls: true,
      },
    ],
  };
}
