import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AuthService } from '../../core/auth/auth.service';
import { LocalizationService } from '../../core/i18n/localization.service';
import { localizedName } from '../../core/i18n/localized-name';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { StaffingPlanService } from '../../proxy/services';
import { ApprovalTimelineComponent } from '../components/approval-timeline.component';
import { ImpactPanelComponent } from '../components/impact-panel.component';
import { chinaDate, chinaTime } from '../../shared/time/china-time';

/** The plan as a document (请示): no menu, a print stylesheet, and a button that prints it. */
@Component({
  selector: 'tr-plan-print-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, TranslatePipe, ImpactPanelComponent, ApprovalTimelineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-print.page.html',
  styleUrl: './plan-print.page.css',
})
export class PlanPrintPage {
  private readonly api = inject(StaffingPlanService);
  private readonly auth = inject(AuthService);
  private readonly localization = inject(LocalizationService);

  readonly id = input.required<string>();

  protected readonly enumKey = enumKey;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;
  protected readonly zoneName = computed(() => localizedName(this.auth.currentUser().zone, this.localization.culture()));
  protected readonly plan = rxResource({ params: () => this.id(), stream: ({ params: id }) => this.api.staffingPlanGet({ id }) });
  protected readonly impact = rxResource({ params: () => this.id(), stream: ({ params: id }) => this.api.staffingPlanGetImpact({ id }) });
  protected readonly printedAt = chinaTime(new Date().toISOString());

  protected print(): void {
    window.print();
  }
}
