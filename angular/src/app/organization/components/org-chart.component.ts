import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { chartLabel, OrgChartNode } from '../shared/org-tree';

/**
 * The org chart: an ECharts `tree` series, zoomable and draggable (roam), nodes coloured by
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
  /**
   * Top-down with the leaves' names written one character a line (竖排), as Chinese org charts are;
   * otherwise left-to-right, where long Latin names have room to run.
   */
  readonly topDown = input(true);
  readonly unitClicked = output<string>();

  protected readonly options = computed<EChartsCoreOption>(() => {
    const topDown = this.topDown();
    const label = (vertical: boolean) => (params: { name: string; value: string }) => chartLabel(params.name, params.value, vertical);
    const rich = { count: { color: '#595959', fontWeight: 'bold', padding: [2, 0, 0, 0] } };
    const layout = topDown
      ? {
        orient: 'TB', top: 40, bottom: 150, left: 24, right: 24,
        label: { position: 'bottom', verticalAlign: 'top', align: 'center', fontSize: 12, formatter: label(false), rich },
        leaves: { label: { position: 'bottom', verticalAlign: 'top', align: 'center', lineHeight: 14, formatter: label(true) } },
      }
      : {
        orient: 'LR', top: 24, bottom: 24, left: 160, right: 200,
        label: {
          position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12, width: 150, overflow: 'break',
          formatter: label(false), rich,
        },
        leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left', width: 190, overflow: 'truncate' } },
      };
    return {
      tooltip: { trigger: 'item', triggerOn: 'mousemove', formatter: '{b}<br/>{c}' },
      series: [
        {
          type: 'tree',
          data: [this.data()],
          ...layout,
          roam: true,
          initialTreeDepth: -1,
          symbol: 'roundRect',
          symbolSize: [14, 14],
          expandAndCollapse: true,
          animationDuration: 300,
          animationDurationUpdate: 300,
          lineStyle: { color: '#bfbfbf', width: 1.2, curveness: 0 },
          edgeShape: 'polyline',
        },
      ],
    };
  });

  /** True once ECharts has drawn the current options (reset whenever they change). */
  protected readonly rendered = linkedSignal({ source: () => this.options(), computation: () => false });

  protected onClick(event: { data?: unknown }): void {
    const node = event.data as OrgChartNode | undefined;
    if (node?.id) {
      this.unitClicked.emit(node.id);
    }
  }
}
