import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { PlanImpactDto } from '../../proxy/models';
import { chinaTime } from '../../shared/time/china-time';
import { diffUnitName, metricCards, sortViolations, violationSeverity } from '../shared/impact';
import { DIFF_TAG_COLORS } from '../shared/plan-enums';
import { ImpactChartComponent } from './impact-chart.component';

/** What the plan would do: metrics before → after, rule violations with their cause, the org chart and the post/person diffs. */
@Component({
  selector: 'tr-impact-panel',
  imports: [
    NzCardModule, NzTagModule, NzTableModule, NzAlertModule, NzTabsModule, NzIconModule, NzEmptyModule, TranslatePipe,
    ImpactChartComponent, NgTemplateOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './impact-panel.component.html',
  styleUrl: './impact-panel.component.css',
})
export class ImpactPanelComponent {
  private readonly localization = inject(LocalizationService);

  readonly impact = input.required<PlanImpactDto>();
  readonly rootName = input('');
  /** Printing: no tabs (everything below each other) and no chart. */
  readonly printable = input(false);

  protected readonly enumKey = enumKey;
  protected readonly diffColors = DIFF_TAG_COLORS;
  protected readonly severity = violationSeverity;
  protected readonly chinaTime = chinaTime;
  protected readonly cards = computed(() => metricCards(this.impact().before, this.impact().after));
  protected readonly violations = computed(() => sortViolations(this.impact().violations));
  protected readonly unitNames = computed(() => {
    const culture = this.localization.culture();
    return new Map(this.impact().units.map(unit => [unit.id, diffUnitName(unit, culture)]));
  });
  protected readonly changedUnits = computed(() => this.impact().units.filter(unit => unit.diff !== 'Unchanged'));

  protected postTitle(post: { titleZh: string; titleEn: string }): string {
    return this.localization.isChinese() ? post.titleZh : post.titleEn || post.titleZh;
  }

  protected unitName(id: string | null | undefined): string {
    return id ? this.unitNames().get(id) ?? '' : '';
  }
}
