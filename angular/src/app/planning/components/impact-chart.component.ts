import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { PlanUnitDiffDto } from '../../proxy/models';
import { diffCounts, ImpactChartNode, impactChartData } from '../shared/impact';
import { DIFF_COLORS, DIFF_KINDS } from '../shared/plan-enums';

/** The org chart after the plan, with added, removed, moved and changed units highlighted, and a legend. */
@Component({
  selector: 'tr-impact-chart',
  imports: [NgxEchartsDirective, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="legend" data-testid="impact-chart-legend" [attr.aria-label]="'Impact:Legend' | t">
      @for (kind of kinds; track kind) {
        <li [attr.data-diff]="kind">
          <span class="swatch" [class.dashed]="kind === 'Removed'" [style.border-color]="colors[kind]"
                [style.background]="kind === 'Removed' ? '#fff' : colors[kind]"></span>
          {{ enumKey('PlanDiffKind', kind) | t }} ({{ counts()[kind] }})
        </li>
      }
    </ul>
    @if (data(); as root) {
      <div echarts class="chart" [options]="options()" (chartFinished)="rendered.set(true)"
           [attr.data-rendered]="rendered()" data-testid="impact-chart"></div>
    }
  `,
  styles: `
    .legend { display: flex; flex-wrap: wrap; gap: 16px; list-style: none; padding: 0; margin: 0 0 8px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border: 2px solid; border-radius: 2px; vertical-align: -1px; }
    .swatch.dashed { border-style: dashed; }
    .chart { height: 460px; width: 100%; }
  `,
})
export class ImpactChartComponent {
  private readonly localization = inject(LocalizationService);

  readonly units = input.required<PlanUnitDiffDto[]>();
  readonly rootName = input('');

  protected readonly enumKey = enumKey;
  protected readonly kinds = DIFF_KINDS;
  protected readonly colors = DIFF_COLORS;
  protected readonly counts = computed(() => diffCounts(this.units()));
  protected readonly data = computed(() => impactChartData(this.units(), this.localization.culture(), this.rootName()));
  protected readonly options = computed<EChartsCoreOption>(() => {
    const data = this.data();
    const diffText = (node: ImpactChartNode) => this.localization.t(enumKey('PlanDiffKind', node.diff));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: { data: ImpactChartNode }) =>
          `${params.data.name}<br/>${diffText(params.data)} · ${this.localization.t('Impact:Posts')} ${params.data.value}`,
      },
      series: [{
        type: 'tree',
        data: data ? [data] : [],
        orient: 'LR', top: 16, bottom: 16, left: 160, right: 200,
        roam: true,
        initialTreeDepth: -1,
        symbol: 'roundRect',
        symbolSize: [14, 14],
        expandAndCollapse: false,
        label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12, formatter: '{b}  {c}' },
        leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
        lineStyle: { color: '#bfbfbf', width: 1.2, curveness: 0 },
        edgeShape: 'polyline',
        animationDuration: 300,
        animationDurationUpdate: 300,
      }],
    };
  });
  /** True once ECharts has drawn the current options (reset whenever they change). */
  protected readonly rendered = linkedSignal({ source: () => this.options(), computation: () => false });
}
