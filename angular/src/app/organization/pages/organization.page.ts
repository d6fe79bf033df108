import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormatEmitEvent, NzTreeModule } from 'ng-zorro-antd/tree';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { toDateOnly } from '../../core/http/date-only';
import { localizedName } from '../../core/i18n/localized-name';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitDto, OrgUnitKind } from '../../proxy/models';
import { OrgUnitService, StaffingQuotaService } from '../../proxy/services';
import { OrgChartComponent } from '../components/org-chart.component';
import { UnitDetailComponent } from '../components/unit-detail.component';
import { UnitFormModalComponent } from '../components/unit-form-modal.component';
import { UnitMoveModalComponent } from '../components/unit-move-modal.component';
import { enumKey, ORG_UNIT_KINDS } from '../../shared/enums/enums';
import { KIND_COLORS } from '../shared/kind-colors';
import { countLabel, countsByUnit, flattenTree, toChartData, toTreeNodes, unitName } from '../shared/org-tree';

/** The zone's structure as of a date: unit tree beside the org chart, a unit's 三定 detail in a drawer. */
@Component({
  selector: 'tr-organization-page',
  imports: [
    FormsModule, RouterLink, NzCardModule, NzGridModule, NzTreeModule, NzDatePickerModule, NzButtonModule, NzIconModule,
    NzDrawerModule, NzSpinModule, NzEmptyModule, NzTagModule, TranslatePipe, OrgChartComponent, UnitDetailComponent,
    UnitFormModalComponent, UnitMoveModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organization.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .toolbar-spacer { flex: 1; }
    .legend { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 8px; }
    .tree-count { color: #595959; margin-left: 6px; font-size: 12px; }
    .tree-scroll { max-height: 600px; overflow: auto; }
  `,
})
export class OrganizationPage {
  private readonly units = inject(OrgUnitService);
  private readonly quotaApi = inject(StaffingQuotaService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly kindColors = KIND_COLORS;
  protected readonly enumKey = enumKey;
  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.OrgUnits.Create));

  protected readonly asOf = signal<Date | null>(null);
  protected readonly data = rxResource({
    params: () => ({ asOf: this.asOf() }),
    stream: ({ params }) => forkJoin({
      tree: this.units.orgUnitGetTree(params.asOf ? { asOf: toDateOnly(params.asOf) } : {}),
      quotas: this.quotaApi.staffingQuotaGetList({ maxResultCount: 1000 }),
    }),
  });
  protected readonly tree = computed(() => this.data.value()?.tree.items ?? []);
  protected readonly counts = computed(() => countsByUnit(this.data.value()?.quotas.items ?? []));
  protected readonly isChinese = this.localization.isChinese;
  protected readonly treeNodes = computed(() => toTreeNodes(this.tree(), this.localization.culture()));
  protected readonly chartData = computed(() =>
    toChartData(this.tree(), this.counts(), this.localization.culture(), localizedName(this.auth.currentUser().zone, this.localization.culture())));
  protected readonly unitCount = computed(() => flattenTree(this.tree()).length);

  protected readonly selectedId = signal<string | null>(null);
  protected readonly selectedName = computed(() => {
    const unit = flattenTree(this.tree()).find(node => node.id === this.selectedId());
    return unit ? unitName(unit, this.localization.culture()) : '';
  });

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<OrgUnitDto | null>(null);
  protected readonly parentForNew = signal<OrgUnitDto | null>(null);
  protected readonly moveOpen = signal(false);
  protected readonly moving = signal<OrgUnitDto | null>(null);
  /** Bumped after a change so that the drawer's detail reloads. */
  protected readonly detailVersion = signal(0);

  protected kindColor(kind: unknown): string {
    return KIND_COLORS[kind as NonNullable<OrgUnitKind>] ?? '#8c8c8c';
  }

  protected countOf(id: string): string {
    return countLabel(this.counts().get(id));
  }

  protected parentName(): string {
    const parent = this.parentForNew();
    return parent ? unitName(parent, this.localization.culture()) : '';
  }

  protected onTreeClick(event: NzFormatEmitEvent): void {
    const key = event.node?.key;
    if (key) {
      this.selectedId.set(key);
    }
  }

  protected openCreate(parent: OrgUnitDto | null): void {
    this.editing.set(null);
    this.parentForNew.set(parent);
    this.formOpen.set(true);
  }

  protected openEdit(unit: OrgUnitDto): void {
    this.editing.set(unit);
    this.parentForNew.set(null);
    this.formOpen.set(true);
  }

  protected openMove(unit: OrgUnitDto): void {
    this.moving.set(unit);
    this.moveOpen.set(true);
  }

  protected onSaved(unit: OrgUnitDto): void {
    this.formOpen.set(false);
    this.moveOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.refresh();
    this.selectedId.set(unit.id);
  }

  protected onAbolished(): void {
    this.selectedId.set(null);
    this.refresh();
  }

  protected refresh(): void {
    this.data.reload();
    this.detailVersion.update(version => version + 1);
  }
}
