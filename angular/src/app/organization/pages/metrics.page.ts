import { DecimalPipe, PercentPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { catchError, of } from 'rxjs';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitService } from '../../proxy/services';
import { QuotaUsageChartComponent } from '../components/quota-usage-chart.component';
import { OrgContractService, StaffingMixResultDto } from '../shared/contract';
import { enumKey } from '../shared/enums';
import { toTreeNodes } from '../shared/org-tree';

/** Flatness dashboard (高效、扁平、精简): layers, span of control, staff ratios, 编制 usage, 人员组合 violations, 三定 gaps. */
@Component({
  selector: 'tr-metrics-page',
  imports: [
    DecimalPipe, PercentPipe, FormsModule, NzCardModule, NzGridModule, NzStatisticModule, NzTableModule, NzTagModule,
    NzSpinModule, NzEmptyModule, NzAlertModule, NzTreeSelectModule, TranslatePipe, QuotaUsageChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './metrics.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .unit-picker { width: 320px; }
    .muted { color: #8c8c8c; }
  `,
})
export class MetricsPage {
  private readonly contract = inject(OrgContractService);
  private readonly units = inject(OrgUnitService);
  private readonly router = inject(Router);
  private readonly localization = inject(LocalizationService);

  /** `?unit=`: the metrics of that subtree instead of the whole zone. */
  readonly unit = input<string | undefined>();

  protected readonly enumKey = enumKey;
  protected readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));
  protected readonly metrics = rxResource({
    params: () => ({ unit: this.unit() ?? null }),
    stream: ({ params }) => this.contract.orgMetrics(params.unit),
  });
  protected readonly mix = rxResource({
    stream: () => this.contract.staffingMixAll().pipe(catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 404) {
        return of(null);
      }
      throw error;
    })),
  });
  protected readonly unavailable = computed(() => {
    const error = this.metrics.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  /** Every violated rule with its unit, the units in tree order. */
  protected readonly violations = computed(() => violatedRules(this.mix.value()?.items ?? []));

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

/** The violated rules of every unit as flat rows (rules that hold are not listed). */
export function violatedRules(results: readonly StaffingMixResultDto[]): ViolationRow[] {
  return results.flatMap(result => result.rules
    .filter(rule => rule.isViolated)
    .map(rule => ({
      orgUnitId: result.orgUnitId,
      orgUnitName: result.orgUnitName,
      description: rule.description,
      expected: rule.expected,
      actual: rule.actual,
    })));
}
