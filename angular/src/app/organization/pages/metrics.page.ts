import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { StaffingMixResultDto } from '../../proxy/models';
import { OrgMetricsService, OrgUnitService, StaffingMixService } from '../../proxy/services';
import { QuotaUsageChartComponent } from '../components/quota-usage-chart.component';
import { enumKey } from '../../shared/enums/enums';
import { subtreeIds, toTreeNodes } from '../shared/org-tree';

/** Flatness dashboard (高效、扁平、精简): layers, span of control, staff ratios, 编制 usage, 人员组合 violations, 三定 gaps. */
@Component({
  selector: 'tr-metrics-page',
  imports: [
    DecimalPipe, PercentPipe, FormsModule, NzCardModule, NzGridModule, NzStatisticModule, NzTableModule, NzTagModule,
    NzSpinModule, NzEmptyModule, NzTreeSelectModule, TranslatePipe, QuotaUsageChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './metrics.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .unit-picker { width: 320px; }
    .muted { color: #595959; }
    .stat { height: 100%; }
    .stat-suffix { font-size: 14px; color: #595959; margin-left: 6px; }
  `,
})
export class MetricsPage {
  private readonly metricsApi = inject(OrgMetricsService);
  private readonly mixApi = inject(StaffingMixService);
  private readonly units = inject(OrgUnitService);
  private readonly router = inject(Router);
  private readonly localization = inject(LocalizationService);

  /** `?unit=`: the metrics of that subtree instead of the whole zone. */
  readonly unit = input<string | undefined>();

  protected readonly enumKey = enumKey;
  protected readonly isChinese = this.localization.isChinese;
  protected readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));
  protected readonly metrics = rxResource({
    params: () => ({ unit: this.unit() ?? null }),
    stream: ({ params }) => this.metricsApi.orgMetricsGet(params.unit ? { unitId: params.unit } : {}),
  });
  protected readonly mix = rxResource({ stream: () => this.mixApi.staffingMixGetList() });
  /** Every violated rule with its unit, limited to the chosen subtree (as the metrics are). */
  protected readonly violations = computed(() => {
    const unit = this.unit();
    const scope = unit ? subtreeIds(this.tree.value()?.items ?? [], unit) : null;
    return violatedRules(this.mix.value()?.items ?? [], scope);
  });

  protected chooseUnit(unitId: string | null): void {
    void this.router.navigate([], { queryParams: { unit: unitId || null } });
  }
}

export interface ViolationRow {
  orgUnitId: string;
  orgUnitName: string;
  description: string;
  expected: string;
  actual: string;
}

/** The violated rules of every unit (of `scope`, when given) as flat rows; rules that hold are not listed. */
export function violatedRules(results: readonly StaffingMixResultDto[], scope: ReadonlySet<string> | null = null): ViolationRow[] {
  return results
    .filter(result => !scope || scope.has(result.orgUnitId))
    .flatMap(result => result.rules
      .filter(rule => rule.isViolated)
      .map(rule => ({
        orgUnitId: result.orgUnitId,
        orgUnitName: result.orgUnitName,
        description: rule.description,
        expected: rule.expected,
        actual: rule.actual,
      })));
}
