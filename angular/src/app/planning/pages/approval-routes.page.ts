import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { map } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey } from '../../shared/enums/enums';
import { ApprovalAssigneeKind, ApprovalRouteDto, ApprovalRouteStepDto, ApprovalRouteStepInput } from '../../proxy/models';
import { ApprovalRouteService, UserService } from '../../proxy/services';

/** The kind a new route approves unless HR picks another. */
const STAFFING_PLAN_KIND = 'StaffingPlan';

type StepForm = FormGroup<{
  nameZh: FormControl<string>;
  nameEn: FormControl<string>;
  assigneeKind: FormControl<ApprovalAssigneeKind>;
  roleName: FormControl<string | null>;
  userIds: FormControl<string[]>;
  counterSign: FormControl<boolean>;
  timeLimitWorkingDays: FormControl<number>;
  escalationRole: FormControl<string | null>;
}>;

/**
 * The zone's approval routes, per kind of document (the kinds registered with the approval engine): ordered steps,
 * each assigned to a role or to named users, with its time limit in working days.
 */
@Component({
  selector: 'tr-approval-routes-page',
  imports: [
    ReactiveFormsModule, NzCardModule, NzTableModule, NzTagModule, NzButtonModule, NzIconModule, NzModalModule, NzFormModule,
    NzInputModule, NzInputNumberModule, NzSelectModule, NzSwitchModule, NzCheckboxModule, NzPopconfirmModule, NzAlertModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approval-routes.page.html',
  styles: `
    .step { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; margin-bottom: 12px; }
    .step-head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; font-weight: 600; }
    .step-head .spacer { flex: 1; }
    .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 0 12px; }
    .full-width { width: 100%; }
  `,
})
export class ApprovalRoutesPage {
  private readonly api = inject(ApprovalRouteService);
  private readonly usersApi = inject(UserService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  protected readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.ApprovalRoutes.Manage));
  protected readonly routes = rxResource({ stream: () => this.api.approvalRouteGetList() });
  protected readonly kinds = rxResource({ stream: () => this.api.approvalRouteGetDocumentKinds() });
  // The assignable (zone) roles come from the routes API: the host's role list is not readable by HR officers.
  protected readonly roles = rxResource({
    params: () => (this.canManage() ? true : undefined),
    stream: () => this.api.approvalRouteGetAssignableRoles(),
  });
  protected readonly users = rxResource({
    params: () => (this.canManage() ? true : undefined),
    stream: () => this.usersApi.userGetList({ maxResultCount: 1000, sorting: 'userName' }).pipe(map(result => result.items)),
  });

  protected readonly formOpen = signal(false);
  protected readonly editing = signal<ApprovalRouteDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    // The kind a route approves is chosen when it is made and never changes.
    documentKind: new FormControl(STAFFING_PLAN_KIND, { nonNullable: true, validators: [Validators.required] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] }),
    isDefault: new FormControl(false, { nonNullable: true }),
    steps: new FormArray<StepForm>([]),
  });

  /** The kind's name in the reader's language, as the server registered it (the code itself for a kind no longer registered). */
  protected kindName(kind: string): string {
    return this.kinds.value()?.find(k => k.kind === kind)?.name ?? this.localization.tOr(`ApprovalDocumentKind:${kind}`, kind);
  }

  protected roleName(name: string | null): string {
    return name ? this.localization.tOr(`Role:${name}`, name) : '';
  }

  protected assignees(step: ApprovalRouteStepDto): string {
    return step.assigneeKind === 'Role' ? this.roleName(step.roleName) : step.users.map(user => user.name).join('、');
  }

  protected openCreate(): void {
    this.open(null);
  }

  protected open(route: ApprovalRouteDto | null): void {
    this.editing.set(route);
    this.error.set(null);
    this.form.reset({ documentKind: route?.documentKind ?? STAFFING_PLAN_KIND, name: route?.name ?? '', isDefault: route?.isDefault ?? false });
    if (route) {
      this.form.controls.documentKind.disable();
    } else {
      this.form.controls.documentKind.enable();
    }
    this.form.controls.steps.clear();
    (route?.steps ?? []).forEach(step => this.addStep(step));
    if (!route) {
      this.addStep();
    }
    this.formOpen.set(true);
  }

  protected addStep(step?: ApprovalRouteStepDto): void {
    this.form.controls.steps.push(new FormGroup({
      nameZh: new FormControl(step?.nameZh ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
      nameEn: new FormControl(step?.nameEn ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
      assigneeKind: new FormControl<ApprovalAssigneeKind>(step?.assigneeKind ?? 'Role', { nonNullable: true }),
      roleName: new FormControl<string | null>(step?.roleName ?? 'leader'),
      userIds: new FormControl<string[]>(step?.users.map(user => user.id) ?? [], { nonNullable: true }),
      counterSign: new FormControl(step?.counterSign ?? false, { nonNullable: true }),
      timeLimitWorkingDays: new FormControl(step?.timeLimitWorkingDays ?? 3, {
        nonNullable: true, validators: [Validators.required, Validators.min(1), Validators.max(60)],
      }),
      escalationRole: new FormControl<string | null>(step?.escalationRole ?? null),
    }));
  }

  protected moveStep(index: number, offset: number): void {
    const steps = this.form.controls.steps;
    const step = steps.at(index);
    steps.removeAt(index);
    steps.insert(index + offset, step);
  }

  protected removeStep(index: number): void {
    this.form.controls.steps.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const steps: ApprovalRouteStepInput[] = value.steps.map(step => ({
      nameZh: step.nameZh.trim(),
      nameEn: step.nameEn.trim(),
      assigneeKind: step.assigneeKind,
      roleName: step.assigneeKind === 'Role' ? step.roleName : null,
      userIds: step.assigneeKind === 'Users' ? step.userIds : [],
      counterSign: step.counterSign,
      timeLimitWorkingDays: step.timeLimitWorkingDays,
      escalationRole: step.escalationRole || null,
    }));
    const route = this.editing();
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    const body = { name: value.name.trim(), isDefault: value.isDefault, steps };
    const request = route
      ? this.api.approvalRouteUpdate({ id: route.id, body: { ...body, concurrencyStamp: route.concurrencyStamp } }, context)
      : this.api.approvalRouteCreate({ body: { ...body, documentKind: value.documentKind } }, context);
    this.saving.set(true);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.formOpen.set(false);
        this.messages.success(this.localization.t('Common:SavedSuccessfully'));
        this.routes.reload();
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.error.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }

  protected delete(route: ApprovalRouteDto): void {
    this.api.approvalRouteDelete({ id: route.id }).subscribe(() => {
      this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
      this.routes.reload();
    });
  }
}
