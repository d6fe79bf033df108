import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PermissionGrantModalComponent } from '../components/permission-grant-modal.component';
import { RoleNamePipe } from '../components/role-name.pipe';
import { UserFormModalComponent } from '../components/user-form-modal.component';
import { UserGetList$Params } from '../../proxy/fn/user/user-get-list';
import { UserDto } from '../../proxy/models';
import { RoleService, UserService } from '../../proxy/services';

const PAGE_SIZE = 10;

@Component({
  selector: 'tr-user-list-page',
  imports: [
    DatePipe, FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule,
    NzPopconfirmModule, NzTagModule, TranslatePipe, RoleNamePipe, UserFormModalComponent, PermissionGrantModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list.page.html',
})
export class UserListPage {
  private readonly api = inject(UserService);
  private readonly roleApi = inject(RoleService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly canCreate = computed(() => this.auth.isGranted(Permissions.Users.Create));
  protected readonly canUpdate = computed(() => this.auth.isGranted(Permissions.Users.Update));
  protected readonly canDelete = computed(() => this.auth.isGranted(Permissions.Users.Delete));
  /** Grants of roles and of single users are both managed under this one permission. */
  protected readonly canManagePermissions = computed(() => this.auth.isGranted(Permissions.Roles.ManagePermissions));

  protected readonly filterText = signal('');
  protected readonly roleFilter = signal<string | null>(null);
  protected readonly paging = new PagedTableState<UserGetList$Params>(PAGE_SIZE);
  protected readonly users = rxResource({ params: () => this.paging.request(), stream: ({ params }) => this.api.userGetList(params) });
  /** The role list needs its own permission; without it, the roles seen on this page are offered. */
  private readonly canListRoles = computed(() => this.auth.isGranted(Permissions.Roles.Default));
  private readonly roles = rxResource({
    params: () => this.canListRoles(),
    stream: ({ params: allowed }) => (allowed ? this.roleApi.roleGetList() : of(null)),
  });
  protected readonly roleNames = computed(() => {
    const listed = this.roles.value()?.items.map(role => role.name);
    return listed ?? [...new Set((this.users.value()?.items ?? []).flatMap(user => user.roleNames))].sort();
  });

  protected readonly editing = signal<UserDto | null>(null);
  protected readonly formOpen = signal(false);
  protected readonly permissionUser = signal<UserDto | null>(null);

  protected search(): void {
    this.paging.filterBy({ filter: this.filterText().trim(), roleName: this.roleFilter() ?? undefined });
  }

  protected openCreate(): void {
    this.editing.set(null);
    this.formOpen.set(true);
  }

  protected openEdit(user: UserDto): void {
    this.editing.set(user);
    this.formOpen.set(true);
  }

  protected onSaved(): void {
    this.formOpen.set(false);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
    this.users.reload();
  }

  protected onPermissionsSaved(): void {
    this.permissionUser.set(null);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
  }

  protected delete(user: UserDto): void {
    this.api.userDelete({ id: user.id }).subscribe(() => {
      this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
      this.users.reload();
    });
  }
}
