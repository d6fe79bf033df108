import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentFunnelDto } from '../../../proxy/models';
import { RecruitmentStatsService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { funnelChartOptions, funnelRows, numberText, percentText } from '../shared/funnel';

/** 招聘漏斗: applicants per place, pass rate per stage, cancelled positions and days from notice to hire, per zone and campaign. */
@Component({
  selector: 'tr-funnel-page',
  imports: [FormsModule, NgxEchartsDirective, NzCardModule, NzGridModule, NzSelectModule, NzTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funnel.page.html',
  styles: `
    .chart { height: 380px; width: 100%; }
    .title { font-size: 16px; font-weight: 600; margin: 0; }
    h2.title { font-size: 15px; }
    .campaign-field { min-width: 260px; max-width: 100%; }
    .picker-label { margin-right: 8px; }
    nz-card + nz-card { margin-top: 16px; display: block; }
    .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px 16px; margin: 0; }
    .stats dt { color: #595959; font-size: 14px; }
    .stats dd { margin: 4px 0 0; font-size: 24px; color: rgba(0, 0, 0, 0.88); }
    .nowrap { white-space: nowrap; }
  `,
})
export class FunnelPage {
  private readonly api = inject(RecruitmentStatsService);
  private readonly localization = inject(LocalizationService);

  protected readonly percent = percentText;
  protected readonly number = numberText;
  protected readonly campaignId = signal<string | null>(null);
  /** The zone's campaigns, for the picker and the per-campaign table (loaded once, without a filter). */
  protected readonly all = rxResource({ stream: () => this.api.recruitmentStatsGet() });
  protected readonly stats = rxResource({
    params: () => ({ campaignId: this.campaignId() ?? undefined }),
    stream: ({ params }) => this.api.recruitmentStatsGet(params),
  });
  /** The zone's total, or the chosen campaign's funnel. */
  protected readonly funnel = computed<RecruitmentFunnelDto | null>(() => {
    const stats = this.stats.value();
    if (!stats) {
      return null;
    }
    return this.campaignId() ? stats.campaigns.find(c => c.campaignId === this.campaignId()) ?? stats.total : stats.total;
  });
  protected readonly rows = computed(() => funnelRows(this.funnel(), stage => this.localization.t(enumKey('RecruitmentStage', stage))));
  protected readonly options = computed<EChartsCoreOption>(() => funnelChartOptions(this.rows(), this.localization.t('Outcome:Reached')));
  protected readonly rendered = linkedSignal({ source: () => this.options(), computation: () => false });

  protected campaignLabel(funnel: RecruitmentFunnelDto): string {
    return [funnel.campaignCode, funnel.campaignTitle].filter(Boolean).join(' ');
  }
}
