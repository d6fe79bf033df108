import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LocalizationService } from '../../core/i18n/localization.service';
import { RoleCountDto } from '../../proxy/models';

/** Bar chart of how many users hold each role; role names are localized when the backend knows them. */
@Component({
  selector: 'tr-users-by-role-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" [options]="options()" (chartFinished)="rendered.set(true)"
    [attr.data-rendered]="rendered()" data-testid="users-by-role-chart"></div>`,
  styles: `.chart { height: 300px; width: 100%; }`,
})
export class UsersByRoleChartComponent {
  private readonly localization = inject(LocalizationService);

  readonly data = input.required<RoleCountDto[]>();

  /** True once ECharts has finished drawing (and animating), so screenshots show the final bars. */
  protected readonly rendered = signal(false);

  protected readonly options = computed<EChartsCoreOption>(() => {
    const rows = this.data();
    const seriesName = this.localization.t('Dashboard:UserCount');
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 48, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map(row => this.localization.tOr(`Role:${row.roleName}`, row.roleName)),
        axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: seriesName, type: 'bar', data: rows.map(row => row.count), barMaxWidth: 48 }],
    };
  });
}
