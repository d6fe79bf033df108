import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable, of } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { localizedName } from '../../core/i18n/localized-name';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { UserDto } from '../../proxy/models';
import { UserService, ZoneService } from '../../proxy/services';
import { RoleNamePipe } from './role-name.pipe';

/** Most zones a platform admin picks from; the reform pilot has a handful per installation. */
const ZONE_CHOICES = 200;

/** Roles that give rights over one's own data only (RoleNames.SelfService on the server): given without AssignRoles. */
export const SELF_SERVICE_ROLES: readonly string[] = ['talent'];

/**
 * Create (user = null; password required) or edit a user (empty password keeps the current one).
 * A platform admin also picks the user's zone; zone staff create users in their own zone.
 */
@Component({
  selector: 'tr-user-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, NzCheckboxModule, TranslatePipe, RoleNamePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-modal.component.html',
})
export class UserFormModalComponent {
  private readonly api = inject(UserService);
  private readonly zoneApi = inject(ZoneService);
  private readonly auth = inject(AuthService);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  readonly user = input<UserDto | null>(null);
  readonly roleNames = input<string[]>([]);
  readonly closed = output<void>();
  readonly saved = output<UserDto>();

  protected readonly saving = signal(false);
  protected readonly isNew = computed(() => this.user() === null);
  /** Separation of duties: nobody changes their own roles, and only AssignRoles gives or takes the others. */
  protected readonly editsSelf = computed(() => this.user()?.id === this.auth.currentUser().id);
  protected readonly canAssignRoles = computed(() => this.auth.isGranted(Permissions.Users.AssignRoles));
  protected readonly roleOptions = computed(() => {
    const held = this.user()?.roleNames ?? [];
    return this.roleNames()
      .filter(role => this.canAssignRoles() || SELF_SERVICE_ROLES.includes(role) || held.includes(role))
      .map(role => ({ role, locked: this.editsSelf() || (!this.canAssignRoles() && !SELF_SERVICE_ROLES.includes(role)) }));
  });
  protected readonly picksZone = computed(
    () => this.isNew() && this.auth.currentUser().zone === null && this.auth.isGranted(Permissions.Zones.Default),
  );
  private readonly zones = rxResource({
    params: () => this.open() && this.picksZone(),
    stream: ({ params: load }) => (load ? this.zoneApi.zoneGetList({ maxResultCount: ZONE_CHOICES }) : of(null)),
  });
  protected readonly zoneOptions = computed(() =>
    (this.zones.value()?.items ?? []).map(zone => ({ id: zone.id, label: localizedName(zone, this.localization.culture()) })),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    userName: ['', [Validators.required, Validators.maxLength(256)]],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    email: ['', [Validators.email, Validators.maxLength(256)]],
    phoneNumber: ['', Validators.maxLength(16)],
    password: [''],
    zoneId: new FormControl<string | null>(null),
    isActive: [true],
    roleNames: [[] as string[]],
  });

  constructor() {
    effect(() => {
      if (this.open()) {
        const user = untracked(this.user);
        this.form.reset({
          userName: user?.userName ?? '',
          name: user?.name ?? '',
          email: user?.email ?? '',
          phoneNumber: user?.phoneNumber ?? '',
          password: '',
          zoneId: user?.zoneId ?? null,
          isActive: user?.isActive ?? true,
          roleNames: user?.roleNames ?? [],
        });
        const { userName, password, roleNames } = this.form.controls;
        if (user) {
          userName.disable();
        } else {
          userName.enable();
        }
        if (untracked(this.editsSelf)) {
          roleNames.disable();
        } else {
          roleNames.enable();
        }
        password.setValidators(user ? [] : [Validators.required]);
        password.updateValueAndValidity();
      }
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach(control => {
        control.markAsDirty();
        control.updateValueAndValidity({ onlySelf: true });
      });
      return;
    }
    const value = this.form.getRawValue();
    const common = {
      name: value.name,
      email: value.email || null,
      phoneNumber: value.phoneNumber || null,
      isActive: value.isActive,
      roleNames: value.roleNames,
    };
    const user = this.user();
    const request: Observable<UserDto> = user
      ? this.api.userUpdate({
          id: user.id,
          body: { ...common, password: value.password || null, concurrencyStamp: user.concurrencyStamp },
        })
      : this.api.userCreate({
          body: { ...common, userName: value.userName, password: value.password, zoneId: value.zoneId },
        });
    this.saving.set(true);
    request.subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
