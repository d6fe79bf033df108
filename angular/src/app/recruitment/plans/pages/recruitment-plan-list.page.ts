import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { PagedTableState } from '../../../core/http/paged';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentPlanGetList$Params } from '../../../proxy/fn/recruitment-plan/recruitment-plan-get-list';
import { RECRUITMENT_PLAN_STATUS } from '../../../proxy/models/recruitment-plan-status-array';
import { RecruitmentPlanDto, RecruitmentPlanStatus } from '../../../proxy/models';
import { RecruitmentPlanService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaDate, chinaTime, chinaToday } from '../../../shared/time/china-time';
import { CreatePlanModalComponent } from '../components/create-plan-modal.component';
import { PLAN_STATUS_COLORS } from '../shared/capacity';

/** 招聘计划 of the user's zone: number, year, title, status, places, 备案; filter by year, status and text; HR drafts new ones. */
@Component({
  selector: 'tr-recruitment-plan-list-page',
  imports: [
    FormsModule, RouterLink, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzInputNumberModule,
    NzSelectModule, NzTagModule, TranslatePipe, CreatePlanModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="titleTpl" [nzExtra]="createButton">
      <ng-template #titleTpl><h1 class="card-heading">{{ 'RecruitmentPlans:Title' | t }}</h1></ng-template>
      <div class="page-toolbar">
        <input nz-input class="toolbar-field" [attr.aria-label]="'Common:SearchPlaceholder' | t" [placeholder]="'Common:SearchPlaceholder' | t"
               [ngModel]="filterText()" (ngModelChange)="filterText.set($event)" (keyup.enter)="search()" data-testid="rplan-filter-text" />
        <nz-input-number class="toolbar-year" [nzMin]="2000" [nzMax]="2100" [ngModel]="year()" (ngModelChange)="year.set($event)"
                         [nzPlaceHolder]="'RecruitmentPlans:Year' | t" nzId="rplan-filter-year" data-testid="rplan-filter-year" />
        <label class="visually-hidden" for="rplan-filter-year">{{ 'RecruitmentPlans:Year' | t }}</label>
        <label class="visually-hidden" for="rplan-filter-status">{{ 'RecruitmentPlans:Status' | t }}</label>
        <nz-select class="toolbar-field" nzAllowClear nzId="rplan-filter-status" [nzPlaceHolder]="'RecruitmentPlans:Status' | t" [ngModel]="status()"
                   (ngModelChange)="status.set($event); search()" data-testid="rplan-filter-status">
          @for (item of statuses; track item) {
            <nz-option [nzValue]="item" [nzLabel]="enumKey('RecruitmentPlanStatus', item) | t" />
          }
        </nz-select>
        <button nz-button nzType="primary" (click)="search()"><span nz-icon nzType="search"></span>{{ 'Common:Search' | t }}</button>
      </div>
      <ng-template #createButton>
        @if (canManage()) {
          <button nz-button nzType="primary" (click)="createOpen.set(true)" data-testid="rplan-create">
            <span nz-icon nzType="plus"></span>{{ 'RecruitmentPlans:New' | t }}
          </button>
        }
      </ng-template>
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'RecruitmentPlans:Title' | t">
        <nz-table #table class="wide-table" nzSize="small" data-testid="rplan-table" [nzData]="plans.value()?.items ?? []"
                  [nzTotal]="plans.value()?.totalCount ?? 0" [nzLoading]="plans.isLoading()" [nzFrontPagination]="false"
                  [nzPageIndex]="paging.pageIndex()" [nzPageSize]="paging.pageSize()" (nzQueryParams)="paging.onQueryParams($event)">
          <caption class="visually-hidden">{{ 'RecruitmentPlans:Title' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'RecruitmentPlans:Number' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:Year' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:PlanTitle' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:Status' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:Places' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:SubmittedAt' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:Filing' | t }}</th>
              <th scope="col">{{ 'RecruitmentPlans:Creator' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (plan of table.data; track plan.id) {
              <tr [attr.data-plan-number]="plan.number" data-testid="rplan-row">
                <td class="nowrap">{{ plan.number }}</td>
                <td>{{ plan.year }}</td>
                <td><a [routerLink]="['/recruitment-plans', plan.id]" data-testid="rplan-link">{{ plan.title }}</a></td>
                <td><nz-tag [nzColor]="statusColors[plan.status]" data-testid="rplan-status">{{ enumKey('RecruitmentPlanStatus', plan.status) | t }}</nz-tag></td>
                <td>{{ 'RecruitmentPlans:PlacesInLines' | t: plan.totalPlaces : plan.lineCount }}</td>
                <td class="nowrap">{{ time(plan.submittedAt) }}</td>
                <td class="nowrap">{{ plan.filingNumber }} {{ date(plan.filedOn) }}</td>
                <td>{{ plan.creatorName }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>
    <tr-create-recruitment-plan-modal [open]="createOpen()" [defaultYear]="defaultYear" (closed)="createOpen.set(false)" (saved)="created($event)" />
  `,
  styles: `
    .nowrap { white-space: nowrap; }
    .card-heading { font-size: 16px; font-weight: 600; margin: 0; }
    .toolbar-year { width: 120px; }
    .wide-table { display: block; min-width: 820px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class RecruitmentPlanListPage {
  private readonly api = inject(RecruitmentPlanService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly enumKey = enumKey;
  protected readonly statuses = RECRUITMENT_PLAN_STATUS;
  protected readonly statusColors = PLAN_STATUS_COLORS;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;
  protected readonly defaultYear = Number(chinaToday().slice(0, 4));
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.RecruitmentPlans.Manage));
  protected readonly filterText = signal('');
  protected readonly year = signal<number | null>(null);
  protected readonly status = signal<RecruitmentPlanStatus | null>(null);
  protected readonly createOpen = signal(false);
  protected readonly paging = new PagedTableState<RecruitmentPlanGetList$Params>(20);
  protected readonly plans = rxResource({
    params: () => this.paging.request(),
    stream: ({ params }) => this.api.recruitmentPlanGetList(params),
  });

  protected search(): void {
    this.paging.filterBy({ filter: this.filterText().trim(), year: this.year() ?? undefined, status: this.status() ?? undefined });
  }

  protected created(plan: RecruitmentPlanDto): void {
    this.createOpen.set(false);
    void this.router.navigate(['/recruitment-plans', plan.id]);
  }
}
