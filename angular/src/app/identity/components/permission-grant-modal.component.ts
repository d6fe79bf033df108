import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { PermissionGroupDto } from '../../proxy/models';
import { PermissionService } from '../../proxy/services';
import { PermissionProviderName } from '../permission-provider';
import { depthOf, toggleGrant } from './permission-tree';

/** Edits the permissions granted to one role or one user, one tab per permission group. */
@Component({
  selector: 'tr-permission-grant-modal',
  imports: [NzModalModule, NzTabsModule, NzCheckboxModule, NzSpinModule, NzEmptyModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './permission-grant-modal.component.html',
  styles: `.permission-row { display: block; padding: 4px 0; }`,
})
export class PermissionGrantModalComponent {
  private readonly api = inject(PermissionService);

  readonly open = input.required<boolean>();
  readonly providerName = input.required<PermissionProviderName>();
  readonly providerKey = input.required<string | null>();
  /** Shown in the title, e.g. the role name. */
  readonly subject = input('');
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly groups = signal<PermissionGroupDto[]>([]);
  protected readonly granted = signal<ReadonlySet<string>>(new Set());
  private readonly allPermissions = computed(() => this.groups().flatMap(group => group.permissions));

  constructor() {
    effect(() => {
      const key = this.providerKey();
      if (this.open() && key) {
        this.load(this.providerName(), key);
      }
    });
  }

  protected depth(name: string): number {
    const permissions = this.allPermissions();
    const permission = permissions.find(item => item.name === name);
    return permission ? depthOf(permissions, permission) : 0;
  }

  protected setGranted(name: string, isGranted: boolean): void {
    this.granted.update(granted => toggleGrant(this.allPermissions(), granted, name, isGranted));
  }

  protected save(): void {
    const key = this.providerKey();
    if (!key) {
      return;
    }
    const granted = this.granted();
    const changes = this.allPermissions().map(permission => ({ name: permission.name, isGranted: granted.has(permission.name) }));
    this.saving.set(true);
    this.api.permissionUpdate({ providerName: this.providerName(), providerKey: key, body: { permissions: changes } }).subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.emit();
      },
      error: () => this.saving.set(false),
    });
  }

  private load(providerName: PermissionProviderName, providerKey: string): void {
    this.loading.set(true);
    this.api.permissionGet({ providerName, providerKey }).subscribe({
      next: result => {
        this.groups.set(result.groups);
        const permissions = result.groups.flatMap(group => group.permissions);
        this.granted.set(new Set(permissions.filter(permission => permission.isGranted).map(permission => permission.name)));
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }
}
