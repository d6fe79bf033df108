import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ChangeTypeTagComponent } from '../../auditing/components/change-type-tag.component';
import { EntityTypePipe } from '../../auditing/components/entity-type.pipe';
import { localizedName } from '../../core/i18n/localized-name';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { DashboardService } from '../../proxy/services';
import { UsersByRoleChartComponent } from '../components/users-by-role-chart.component';

@Component({
  selector: 'tr-dashboard-page',
  imports: [
    DatePipe, NzCardModule, NzGridModule, NzStatisticModule, NzTableModule, NzSpinModule, NzEmptyModule,
    TranslatePipe, EntityTypePipe, ChangeTypeTagComponent, UsersByRoleChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.css',
})
export class DashboardPage {
  private readonly api = inject(DashboardService);
  private readonly localization = inject(LocalizationService);

  protected readonly dashboard = rxResource({ stream: () => this.api.dashboardGet() });
  protected readonly zoneName = computed(() => localizedName(this.dashboard.value()?.zone, this.localization.culture()));
  protected readonly roleCount = computed(() => this.dashboard.value()?.usersByRole.length ?? 0);
}
