import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LocalizationService } from '../../core/i18n/localization.service';
import { QuotaUsageDto } from '../../proxy/models';
import { enumKey } from '../../shared/enums/enums';

/** 编制 usage per staffing type: occupied and vacant stacked up to the approved number, usage % on top. */
@Component({
  selector: 'tr-quota-usage-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" [options]="options()" (chartFinished)="rendered.set(true)"
    [attr.data-rendered]="rendered()" data-testid="quota-usage-chart"></div>`,
  styles: `.chart { height: 320px; width: 100%; }`,
})
export class QuotaUsageChartComponent {
  private readonly localization = inject(LocalizationService);

  readonly data = input.required<QuotaUsageDto[]>();
  protected readonly options = computed<EChartsCoreOption>(() => quotaUsageOptions(this.data(), key => this.localization.t(key)));
  /** True once ECharts has drawn the current options (reset whenever they change). */
  protected readonly rendered = linkedSignal({ source: () => this.options(), computation: () => false });
}

/** The chart's options (pure, so that the mapping is unit-tested). */
export function quotaUsageOptions(rows: readonly QuotaUsageDto[], t: (key: string) => string): EChartsCoreOption {
  const overrun = rows.map(row => Math.max(0, row.occupied - row.approved));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category', data: rows.map(row => t(enumKey('StaffingType', row.staffingType))),
      // Every type named, long names wrapped instead of hidden.
      axisLabel: { interval: 0, width: 96, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('Metrics:Occupied'), type: 'bar', stack: 'quota', barMaxWidth: 56, itemStyle: { color: '#52c41a' },
        data: rows.map(row => Math.min(row.occupied, row.approved)),
      },
      {
        name: t('Metrics:Vacant'), type: 'bar', stack: 'quota', barMaxWidth: 56, itemStyle: { color: '#d9d9d9' },
        data: rows.map(row => row.vacant),
        label: {
          show: true, position: 'top',
          formatter: (params: { dataIndex: number }) => `${Math.round((rows[params.dataIndex]?.usage ?? 0) * 100)}%`,
        },
      },
      {
        name: t('Metrics:Overrun'), type: 'bar', stack: 'quota', barMaxWidth: 56, itemStyle: { color: '#ff4d4f' },
        data: overrun,
      },
    ],
  };
}
