import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitDto, StaffingQuotaDto, StaffingType } from '../../proxy/models';
import { LeadershipQuotaService, OrgUnitService, PostService, StaffingQuotaService } from '../../proxy/services';
import { enumKey, STAFFING_TYPES } from '../../shared/enums/enums';
import { KIND_COLORS } from '../shared/kind-colors';
import { unitName } from '../shared/org-tree';

/**
 * One unit as its 三定 defines it: data, numbered duty clauses, 领导职数 (heads/deputies and how many
 * are set as posts), 编制 per staffing type (approved/occupied/vacant) and its posts. Quotas are
 * edited in place by users who may update units.
 */
@Component({
  selector: 'tr-unit-detail',
  imports: [
    FormsModule, RouterLink, NzDescriptionsModule, NzTableModule, NzTagModule, NzButtonModule, NzIconModule,
    NzInputNumberModule, NzSelectModule, NzPopconfirmModule, NzDividerModule, NzSpinModule, NzEmptyModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-detail.component.html',
  styles: `
    .unit-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; }
    .functions { padding-left: 0; list-style: none; }
    .functions li { margin-bottom: 6px; }
    .clause-number { display: inline-block; min-width: 28px; color: #595959; }
    .quota-add { display: flex; gap: 8px; margin-top: 8px; }
    .leadership { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
  `,
})
export class UnitDetailComponent {
  private readonly units = inject(OrgUnitService);
  private readonly leadershipApi = inject(LeadershipQuotaService);
  private readonly quotaApi = inject(StaffingQuotaService);
  private readonly postApi = inject(PostService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  readonly unitId = input.required<string>();
  readonly edit = output<OrgUnitDto>();
  readonly addChild = output<OrgUnitDto>();
  readonly move = output<OrgUnitDto>();
  readonly abolished = output<void>();
  /** Quotas changed: the chart's counts are stale. */
  readonly changed = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly kindColors = KIND_COLORS;
  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.OrgUnits.Create));
  protected readonly canUpdate = computed(() => this.auth.isGranted(Permissions.OrgUnits.Update));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.OrgUnits.Delete));
  protected readonly canSeePosts = computed(() => this.auth.isGranted(Permissions.Posts.Default));

  protected readonly detail = rxResource({
    params: () => this.unitId(),
    stream: ({ params: id }) => forkJoin({
      unit: this.units.orgUnitGet({ id }),
      leadership: this.leadershipApi.leadershipQuotaGetList({ orgUnitId: id, maxResultCount: 10 }),
      quotas: this.quotaApi.staffingQuotaGetList({ orgUnitId: id, maxResultCount: 100 }),
    }),
  });
  protected readonly posts = rxResource({
    params: () => (this.canSeePosts() ? this.unitId() : undefined),
    stream: ({ params: id }) => this.postApi.postGetList({ orgUnitId: id, maxResultCount: 1000, sorting: 'code asc' }),
  });

  protected readonly name = computed(() => {
    const unit = this.detail.value()?.unit;
    return unit ? unitName(unit, this.localization.culture()) : '';
  });
  protected readonly functions = computed(() => [...(this.detail.value()?.unit.functions ?? [])].sort((a, b) => a.number - b.number));
  protected readonly leadership = computed(() => this.detail.value()?.leadership.items[0] ?? null);
  protected readonly quotas = computed(() => {
    const items = this.detail.value()?.quotas.items ?? [];
    return STAFFING_TYPES.flatMap(type => items.filter(quota => quota.staffingType === type));
  });
  protected readonly missingTypes = computed(() => STAFFING_TYPES.filter(type => !this.quotas().some(q => q.staffingType === type)));
  protected readonly clauseNumbers = computed(() => new Map(this.functions().map(clause => [clause.id, clause.number])));

  protected heads = 0;
  protected deputies = 0;
  protected readonly editingLeadership = signal(false);
  protected readonly approvedDraft = signal<Record<string, number>>({});
  protected newType: StaffingType | null = null;
  protected newApproved = 1;

  protected startLeadershipEdit(): void {
    this.heads = this.leadership()?.heads ?? 0;
    this.deputies = this.leadership()?.deputies ?? 0;
    this.editingLeadership.set(true);
  }

  protected saveLeadership(): void {
    const quota = this.leadership();
    const request = quota
      ? this.leadershipApi.leadershipQuotaUpdate({ id: quota.id, body: { heads: this.heads, deputies: this.deputies, concurrencyStamp: quota.concurrencyStamp } })
      : this.leadershipApi.leadershipQuotaCreate({ body: { orgUnitId: this.unitId(), heads: this.heads, deputies: this.deputies } });
    request.subscribe(() => {
      this.editingLeadership.set(false);
      this.savedQuota();
    });
  }

  protected draftOf(quota: StaffingQuotaDto): number {
    return this.approvedDraft()[quota.id] ?? quota.approved;
  }

  protected setDraft(quota: StaffingQuotaDto, value: number): void {
    this.approvedDraft.update(drafts => ({ ...drafts, [quota.id]: value }));
  }

  protected saveQuota(quota: StaffingQuotaDto): void {
    this.quotaApi.staffingQuotaUpdate({ id: quota.id, body: { approved: this.draftOf(quota), concurrencyStamp: quota.concurrencyStamp } })
      .subscribe(() => this.savedQuota());
  }

  protected deleteQuota(quota: StaffingQuotaDto): void {
    this.quotaApi.staffingQuotaDelete({ id: quota.id }).subscribe(() => this.savedQuota());
  }

  protected addQuota(): void {
    if (!this.newType) {
      return;
    }
    this.quotaApi.staffingQuotaCreate({ body: { orgUnitId: this.unitId(), staffingType: this.newType, approved: this.newApproved } })
      .subscribe(() => {
        this.newType = null;
        this.newApproved = 1;
        this.savedQuota();
      });
  }

  protected abolish(unit: OrgUnitDto): void {
    this.units.orgUnitDelete({ id: unit.id }).subscribe(() => {
      this.messages.success(this.localization.t('Org:Abolished'));
      this.abolished.emit();
    });
  }

  private savedQuota(): void {
    this.approvedDraft.set({});
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.detail.reload();
    this.changed.emit();
  }
}
