import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { PagedTableState } from '../../core/http/paged';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AuditLogGetList$Params } from '../../proxy/fn/audit-log/audit-log-get-list';
import { EntityChangeType } from '../../proxy/models';
import { ENTITY_CHANGE_TYPE } from '../../proxy/models/entity-change-type-array';
import { AuditLogService } from '../../proxy/services';
import { enumKey } from '../../shared/enums/enums';
import { ChangeTypeTagComponent } from '../components/change-type-tag.component';
import { EntityTypePipe } from '../components/entity-type.pipe';

const PAGE_SIZE = 20;

interface AuditLogFilter {
  entityType: string;
  entityId: string;
  userName: string;
  changeType: EntityChangeType | null;
  range: Date[];
}

const EMPTY_FILTER: AuditLogFilter = { entityType: '', entityId: '', userName: '', changeType: null, range: [] };

/** Who changed what and when; each row expands to the old → new value of every changed property. */
@Component({
  selector: 'tr-audit-log-list-page',
  imports: [
    DatePipe, FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule,
    NzDatePickerModule, TranslatePipe, ChangeTypeTagComponent, EntityTypePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-list.page.html',
  styleUrl: './audit-log-list.page.css',
})
export class AuditLogListPage {
  private readonly api = inject(AuditLogService);

  protected readonly changeTypes: readonly EntityChangeType[] = ENTITY_CHANGE_TYPE;
  protected readonly enumKey = enumKey;
  protected readonly filter = signal<AuditLogFilter>({ ...EMPTY_FILTER });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly paging = new PagedTableState<AuditLogGetList$Params>(PAGE_SIZE, 'time desc');
  protected readonly logs = rxResource({ params: () => this.paging.request(), stream: ({ params }) => this.api.auditLogGetList(params) });

  protected updateFilter(change: Partial<AuditLogFilter>): void {
    this.filter.update(filter => ({ ...filter, ...change }));
  }

  protected search(): void {
    const { entityType, entityId, userName, changeType, range } = this.filter();
    this.paging.filterBy({
      entityType: entityType.trim() || undefined,
      entityId: entityId.trim() || undefined,
      userName: userName.trim() || undefined,
      changeType: changeType ?? undefined,
      from: range[0]?.toISOString(),
      to: range[1]?.toISOString(),
    });
  }

  protected reset(): void {
    this.filter.set({ ...EMPTY_FILTER });
    this.search();
  }

  protected toggle(id: string, open: boolean): void {
    this.expanded.update(ids => {
      const next = new Set(ids);
      if (open) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }
}
