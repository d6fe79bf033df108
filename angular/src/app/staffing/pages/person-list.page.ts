import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
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
import { enumKey } from '../../shared/enums/enums';
import { PersonGetList$Params } from '../../proxy/fn/person/person-get-list';
import { PersonDto } from '../../proxy/models';
import { OrgUnitService, PersonService } from '../../proxy/services';
import { PersonAppointmentsComponent } from '../components/person-appointments.component';
import { PersonFormModalComponent } from '../components/person-form-modal.component';

const PAGE_SIZE = 20;

/** 人员: the zone's people (ID numbers as the server sends them, masked without permission) and their appointments. */
@Component({
  selector: 'tr-person-list-page',
  imports: [
    FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzPopconfirmModule, NzTagModule,
    NzDrawerModule, TranslatePipe, PersonFormModalComponent, PersonAppointmentsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-list.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .toolbar-spacer { flex: 1; }
    .filter { width: 240px; }
  `,
})
export class PersonListPage {
  private readonly api = inject(PersonService);
  private readonly units = inject(OrgUnitService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.Persons.Create));
  protected readonly canUpdate = computed(() => this.auth.isGranted(Permissions.Persons.Update));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.Persons.Delete));
  protected readonly canSeeAppointments = computed(() => this.auth.isGranted(Permissions.Appointments.Default));

  protected readonly tree = rxResource({
    params: () => (this.auth.isGranted(Permissions.OrgUnits.Default) ? true : undefined),
    stream: () => this.units.orgUnitGetTree(),
  });
  protected readonly filterText = signal('');
  protected readonly paging = new PagedTableState<PersonGetList$Params>(PAGE_SIZE);
  protected readonly persons = rxResource({ params: () => this.paging.request(), stream: ({ params }) => this.api.personGetList(params) });

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<PersonDto | null>(null);
  protected readonly viewing = signal<PersonDto | null>(null);

  protected search(): void {
    this.paging.filterBy({ filter: this.filterText().trim() });
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(person: PersonDto): void {
    this.editing.set(person);
    this.formOpen.set(true);
  }

  protected onSaved(): void {
    this.formOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.persons.reload();
  }

  protected delete(person: PersonDto): void {
    this.api.personDelete({ id: person.id }).subscribe(() => {
      this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
      this.persons.reload();
    });
  }
}
