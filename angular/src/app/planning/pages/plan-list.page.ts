import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { StaffingPlanGetList$Params } from '../../proxy/fn/staffing-plan/staffing-plan-get-list';
import { StaffingPlanDto, StaffingPlanListItemDto, StaffingPlanStatus } from '../../proxy/models';
import { StaffingPlanService } from '../../proxy/services';
import { PlanFormModalComponent } from '../components/plan-form-modal.component';
import { chinaDate, chinaTime } from '../../shared/time/china-time';
import { PLAN_STATUSES, STATUS_COLORS } from '../shared/plan-enums';

/** 定岗定编方案: number, title, status, effective date, the step it waits on; filter by status and text. */
@Component({
  selector: 'tr-plan-list-page',
  imports: [
    FormsModule, RouterLink, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule, NzTagModule,
    TranslatePipe, PlanFormModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Plans:Title' | t" [nzExtra]="createButton">
      <div class="page-toolbar">
        <input nz-input class="toolbar-field" [placeholder]="'Common:SearchPlaceholder' | t" [ngModel]="filterText()"
               (ngModelChange)="filterText.set($event)" (keyup.enter)="search()" data-testid="plan-filter-text" />
        <nz-select class="toolbar-field" nzAllowClear [nzPlaceHolder]="'Plans:Status' | t" [ngModel]="status()"
                   (ngModelChange)="status.set($event); search()" data-testid="plan-filter-status">
          @for (item of statuses; track item) {
            <nz-option [nzValue]="item" [nzLabel]="enumKey('StaffingPlanStatus', item) | t" />
          }
        </nz-select>
        <button nz-button nzType="primary" (click)="search()"><span nz-icon nzType="search"></span>{{ 'Common:Search' | t }}</button>
      </div>
      <ng-template #createButton>
        @if (canCreate()) {
          <button nz-button nzType="primary" (click)="formOpen.set(true)" data-testid="plan-create">
            <span nz-icon nzType="plus"></span>{{ 'Plans:New' | t }}
          </button>
        }
      </ng-template>
      <div class="table-scroll">
        <nz-table #table nzSize="small" nzShowSizeChanger data-testid="plan-table" [nzData]="plans.value()?.items ?? []"
                  [nzTotal]="plans.value()?.totalCount ?? 0" [nzLoading]="plans.isLoading()" [nzFrontPagination]="false"
                  [nzPageIndex]="paging.pageIndex()" [nzPageSize]="paging.pageSize()" (nzQueryParams)="paging.onQueryParams($event)">
          <thead>
            <tr>
              <th>{{ 'Plans:Number' | t }}</th>
              <th>{{ 'Plans:PlanTitle' | t }}</th>
              <th>{{ 'Plans:Status' | t }}</th>
              <th>{{ 'Plans:EffectiveDate' | t }}</th>
              <th>{{ 'Plans:CurrentStep' | t }}</th>
              <th>{{ 'Approvals:DueAt' | t }}</th>
              <th>{{ 'Plans:Creator' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (plan of table.data; track plan.id) {
              <tr [attr.data-plan-number]="plan.number">
                <td class="nowrap">{{ plan.number }}</td>
                <td><a [routerLink]="['/plans', plan.id]" data-testid="plan-link">{{ plan.title }}</a></td>
                <td><nz-tag [nzColor]="statusColors[plan.status]">{{ enumKey('StaffingPlanStatus', plan.status) | t }}</nz-tag></td>
                <td class="nowrap">{{ date(plan.effectiveDate) }}</td>
                <td>{{ stepName(plan) }}</td>
                <td class="nowrap">{{ time(plan.currentStepDueAt) }}</td>
                <td>{{ plan.creatorName }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>
    <tr-plan-form-modal [open]="formOpen()" (closed)="formOpen.set(false)" (saved)="created($event)" />
  `,
  styles: `.nowrap { white-space: nowrap; }`,
})
export class PlanListPage {
  private readonly api = inject(StaffingPlanService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly statuses = PLAN_STATUSES;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;
  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.StaffingPlans.Create));
  protected readonly filterText = signal('');
  protected readonly status = signal<StaffingPlanStatus | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly paging = new PagedTableState<StaffingPlanGetList$Params>(20);
  protected readonly plans = rxResource({
    params: () => this.paging.request(),
    stream: ({ params }) => this.api.staffingPlanGetList(params),
  });

  protected search(): void {
    this.paging.filterBy({ filter: this.filterText().trim(), status: this.status() ?? undefined });
  }

  protected stepName(plan: StaffingPlanListItemDto): string {
    return (this.localization.isChinese() ? plan.currentStepNameZh : plan.currentStepNameEn || plan.currentStepNameZh) ?? '';
  }

  protected created(plan: StaffingPlanDto): void {
    this.formOpen.set(false);
    void this.router.navigate(['/plans', plan.id]);
  }
}
