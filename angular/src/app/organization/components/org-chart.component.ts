import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { OrgChartNode } from '../shared/org-tree';

/**
 * The org chart: an ECharts `tree` series, top-down, zoomable and draggable (roam), nodes coloured by
 * kind of unit, each label "name" over "filled/approved". Clicking a unit emits its id.
 */
@Component({
  selector: 'tr-org-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" [options]="options()" (chartFinished)="rendered.set(true)"
    (chartClick)="onClick($event)" [attr.data-rendered]="rendered()" data-testid="org-chart"></div>`,
  styles: `.chart { height: 560px; width: 100%; }`,
})
export class OrgChartComponent {
  readonly data = input.required<OrgChartNode>();
  readonly unitClicked = output<string>();

  protected readonly rendered = signal(false);

  protected readonly options = computed<EChartsCoreOption>(() => ({
    tooltip: { trigger: 'item', triggerOn: 'mousemove', formatter: '{b}<br/>{c}' },
    series: [
      {
        type: 'tree',
        data: [this.data()],
        orient: 'TB',
        top: 40,
        bottom: 80,
        left: 24,
        right: 24,
        roam: true,
        initialTreeDepth: -1,
        symbol: 'roundRect',
        symbolSize: [14, 14],
        expandAndCollapse: true,
        animationDuration: 300,
        animationDurationUpdate: 300,
        label: {
          position: 'bottom',
          rotate: 0,
          verticalAlign: 'top',
          align: 'center',
          fontSize: 12,
          formatter: (params: { name: string; value: string }) =>
            params.value ? `${params.name}\n{count|${params.value}}` : params.name,
          rich: { count: { color: '#595959', fontWeight: 'bold', padding: [2, 0, 0, 0] } },
        },
        leaves: { label: { position: 'bottom', rotate: -90, verticalAlign: 'middle', align: 'left' } },
        lineStyle: { color: '#bfbfbf', width: 1.2, curveness: 0 },
        edgeShape: 'polyline',
      },
    ],
  }));

  protected onClick(event: { data?: unknown }): void {
    const node = event.data as OrgChartNode | undefined;
    if (node?.id) {
      this.unitClicked.emit(node.id);
    }
  }
}
