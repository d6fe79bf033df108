import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ZoneGetList$Params } from '../../proxy/fn/zone/zone-get-list';
import { ZoneDto } from '../../proxy/models';
import { ZoneService } from '../../proxy/services';
import { ZoneFormModalComponent } from '../components/zone-form-modal.component';

const PAGE_SIZE = 10;

@Component({
  selector: 'tr-zone-list-page',
  imports: [
    FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzPopconfirmModule,
    NzTagModule, TranslatePipe, ZoneFormModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './zone-list.page.html',
})
export class ZoneListPage {
  private readonly api = inject(ZoneService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.Zones.Create));
  protected readonly canUpdate = computed(() => this.auth.isGranted(Permissions.Zones.Update));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.Zones.Delete));

  protected readonly filterText = signal('');
  protected readonly paging = new PagedTableState<ZoneGetList$Params>(PAGE_SIZE);
  protected readonly zones = rxResource({ params: () => this.paging.request(), stream: ({ params }) => this.api.zoneGetList(params) });

  protected readonly editing = signal<ZoneDto | null>(null);
  protected readonly formOpen = signal(false);

  protected search(): void {
    this.paging.filterBy({ filter: this.filterText().trim() });
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(zone: ZoneDto): void {
    this.editing.set(zone);
    this.formOpen.set(true);
  }

  protected onSaved(): void {
    this.formOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.zones.reload();
  }

  protected delete(zone: ZoneDto): void {
    this.api.zoneDelete({ id: zone.id }).subscribe(() => {
      this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
      this.zones.reload();
    });
  }
}
