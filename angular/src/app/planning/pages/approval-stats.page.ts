import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ApprovalStatsRowDto, OverdueStepDto } from '../../proxy/models';
import { ApprovalStatsService } from '../../proxy/services';
import { chinaTime } from '../../shared/time/china-time';
import { defaultPeriod, monthlyChartOptions, rateText } from '../shared/stats';

/** 按时办结率: over a period, overall and per step, per approver and per month, plus the steps now overdue. */
@Component({
  selector: 'tr-approval-stats-page',
  imports: [
    FormsModule, RouterLink, NgxEchartsDirective, NzCardModule, NzDatePickerModule, NzGridModule, NzStatisticModule, NzTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval-stats.page.html',
  styles: `
    .chart { height: 340px; width: 100%; }
    .nowrap { white-space: nowrap; }
    .overdue { color: #cf1322; font-weight: 600; }
    nz-card + nz-card { margin-top: 16px; display: block; }
    .row { margin-top: 16px; }
  `,
})
export class ApprovalStatsPage {
  private readonly api = inject(ApprovalStatsService);
  private readonly localization = inject(LocalizationService);

  protected readonly rate = rateText;
  protected readonly time = chinaTime;
  protected readonly period = signal<Date[]>((() => {
    const period = defaultPeriod();
    return [fromDateOnly(period.from)!, fromDateOnly(period.to)!];
  })());
  protected readonly stats = rxResource({
    params: () => {
      const [from, to] = this.period();
      return from && to ? { from: toDateOnly(from), to: toDateOnly(to) } : {};
    },
    stream: ({ params }) => this.api.approvalStatsGet(params),
  });
  protected readonly options = computed<EChartsCoreOption>(() =>
    monthlyChartOptions(this.stats.value()?.byMonths ?? [], key => this.localization.t(key)));
  protected readonly rendered = linkedSignal({ source: () => this.options(), computation: () => false });

  protected name(row: { nameZh: string; nameEn: string; key: string }): string {
    return (this.localization.isChinese() ? row.nameZh : row.nameEn || row.nameZh) || row.key;
  }

  protected stepName(step: OverdueStepDto): string {
    return this.localization.isChinese() ? step.stepNameZh : step.stepNameEn || step.stepNameZh;
  }

  protected approvers(step: OverdueStepDto): string {
    return step.approvers.map(approver => approver.name).join('、');
  }

  protected trackRow(_: number, row: ApprovalStatsRowDto): string {
    return row.key;
  }
}
