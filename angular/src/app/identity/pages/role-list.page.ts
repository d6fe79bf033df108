import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PermissionGrantModalComponent } from '../components/permission-grant-modal.component';
import { RoleNamePipe } from '../components/role-name.pipe';
import { RoleDto } from '../../proxy/models';
import { RoleService } from '../../proxy/services';

@Component({
  selector: 'tr-role-list-page',
  imports: [
    NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, TranslatePipe, RoleNamePipe,
    PermissionGrantModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Roles:Title' | t">
      <div class="table-scroll">
        <nz-table #table data-testid="role-table" [nzData]="roles.value()?.items ?? []" [nzLoading]="roles.isLoading()"
                  [nzShowPagination]="false">
          <thead>
            <tr>
              <th>{{ 'Roles:Name' | t }}</th>
              <th>{{ 'Roles:Scope' | t }}</th>
              <th>{{ 'Common:Actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (role of table.data; track role.id) {
              <tr [attr.data-role]="role.name">
                <td>{{ role.name | roleName }} <span class="role-key">{{ role.name }}</span></td>
                <td>
                  <nz-tag [nzColor]="role.isZoneRole ? 'blue' : 'purple'">
                    {{ (role.isZoneRole ? 'Roles:ZoneRole' : 'Roles:HostRole') | t }}
                  </nz-tag>
                </td>
                <td>
                  @if (canManagePermissions()) {
                    <button nz-button nzType="link" nzSize="small" (click)="editPermissions(role)">
                      <span nz-icon nzType="safety-certificate"></span>{{ 'Roles:Permissions' | t }}
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>
    <tr-permission-grant-modal
      providerName="R"
      [open]="permissionRole() !== null"
      [providerKey]="permissionRole()?.name ?? null"
      [subject]="(permissionRole()?.name ?? '') | roleName"
      (closed)="permissionRole.set(null)"
      (saved)="onPermissionsSaved()"
    />
  `,
  styles: `.role-key { margin-left: 8px; color: rgba(0, 0, 0, 0.65); font-size: 12px; }`,
})
export class RoleListPage {
  private readonly api = inject(RoleService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly roles = rxResource({ stream: () => this.api.roleGetList() });
  protected readonly canManagePermissions = computed(() => this.auth.isGranted(Permissions.Roles.ManagePermissions));
  protected readonly permissionRole = signal<RoleDto | null>(null);

  protected editPermissions(role: RoleDto): void {
    this.permissionRole.set(role);
  }

  protected onPermissionsSaved(): void {
    this.permissionRole.set(null);
    this.messages.success(this.localization.t('Common:SavedSuccessfully'));
  }
}
