import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { toDateOnly } from '../../core/http/date-only';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey } from '../../shared/enums/enums';
import { TalentPolicyService } from '../../proxy/services';
import { POLICY_STATUS_COLORS } from '../shared/talent-enums';

/** 人才政策目录: the newest version of each policy, and a new policy (a draft, version 1). */
@Component({
  selector: 'tr-policy-list-page',
  imports: [
    ReactiveFormsModule, RouterLink, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzModalModule, NzFormModule,
    NzInputModule, NzDatePickerModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Policies:Title' | t" [nzExtra]="createTpl">
      <ng-template #createTpl>
        @if (canManage()) {
          <button nz-button nzType="primary" (click)="openCreate()" data-testid="policy-create">
            <span nz-icon nzType="plus"></span>{{ 'Policies:New' | t }}
          </button>
        }
      </ng-template>
      <p class="hint">{{ 'Policies:ListHint' | t }}</p>
      <div class="table-scroll">
        <nz-table #table nzSize="small" [nzData]="policies.value() ?? []" [nzLoading]="policies.isLoading()" [nzPageSize]="50"
                  nzHideOnSinglePage data-testid="policy-table">
          <thead>
            <tr>
              <th>{{ 'Policies:Code' | t }}</th>
              <th>{{ 'Policies:PolicyTitle' | t }}</th>
              <th>{{ 'Policies:Version' | t }}</th>
              <th>{{ 'Policies:Status' | t }}</th>
              <th>{{ 'Policies:Period' | t }}</th>
              <th>{{ 'Policies:InForce' | t }}</th>
              <th>{{ 'Policies:EntitlementsShort' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (policy of table.data; track policy.id) {
              <tr data-testid="policy-row" [attr.data-code]="policy.code" [attr.data-status]="policy.status">
                <td class="nowrap">{{ policy.code }}</td>
                <td>
                  <a [routerLink]="['/talent-policies', policy.id]" data-testid="policy-link">{{ policy.title }}</a>
                  <div class="muted">{{ policy.document }}</div>
                </td>
                <td>{{ 'Policies:VersionN' | t: policy.version }}</td>
                <td><nz-tag [nzColor]="statusColors[policy.status]">{{ enumKey('TalentPolicyStatus', policy.status) | t }}</nz-tag></td>
                <td class="nowrap">{{ policy.effectiveFrom }} ~ {{ policy.effectiveTo ?? ('Policies:OpenEnded' | t) }}</td>
                <td>
                  @if (policy.isInForce) {
                    <nz-tag nzColor="green">{{ 'Policies:InForce' | t }}</nz-tag>
                  } @else {
                    <span class="muted">{{ 'Policies:NotInForce' | t }}</span>
                  }
                </td>
                <td>{{ policy.entitlementCount }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </nz-card>

    <nz-modal [nzVisible]="createOpen()" [nzTitle]="'Policies:New' | t" [nzOkText]="'Common:Save' | t" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" nzWidth="640px" (nzOnOk)="create()" (nzOnCancel)="createOpen.set(false)">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="create()" data-testid="policy-create-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="policy-code">{{ 'Policies:Code' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Policies:CodeRule' | t">
              <input nz-input id="policy-code" formControlName="code" maxlength="32" placeholder="TP-2026" data-testid="policy-new-code" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="policy-title-zh">{{ 'Policies:TitleZh' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Policies:TitleZh' | t)">
              <input nz-input id="policy-title-zh" formControlName="titleZh" maxlength="128" data-testid="policy-new-title-zh" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="policy-title-en">{{ 'Policies:TitleEn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Policies:TitleEn' | t)">
              <input nz-input id="policy-title-en" formControlName="titleEn" maxlength="128" data-testid="policy-new-title-en" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="policy-document">{{ 'Policies:Document' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Policies:Document' | t)">
              <input nz-input id="policy-document" formControlName="document" maxlength="128" [placeholder]="'Policies:DocumentHint' | t"
                     data-testid="policy-new-document" />
            </nz-form-control>
          </nz-form-item>
          <div class="dates">
            <nz-form-item>
              <nz-form-label nzRequired nzFor="policy-from">{{ 'Policies:EffectiveFrom' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Policies:EffectiveFrom' | t)">
                <nz-date-picker nzId="policy-from" formControlName="effectiveFrom" data-testid="policy-new-from" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="policy-to">{{ 'Policies:EffectiveTo' | t }}</nz-form-label>
              <nz-form-control>
                <nz-date-picker nzId="policy-to" formControlName="effectiveTo" [nzPlaceHolder]="'Policies:OpenEnded' | t" />
              </nz-form-control>
            </nz-form-item>
          </div>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .nowrap { white-space: nowrap; }
    .muted, .hint { color: #595959; }
    .hint { margin-top: 0; }
    .dates { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  `,
})
export class PolicyListPage {
  private readonly api = inject(TalentPolicyService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly enumKey = enumKey;
  protected readonly statusColors = POLICY_STATUS_COLORS;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.TalentPolicies.Manage));
  protected readonly policies = rxResource({ stream: () => this.api.talentPolicyGetList({}) });

  protected readonly createOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    code: ['', [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    titleZh: ['', [Validators.required, Validators.maxLength(128)]],
    titleEn: ['', [Validators.required, Validators.maxLength(128)]],
    document: ['', [Validators.required, Validators.maxLength(128)]],
    effectiveFrom: new FormControl<Date | null>(null, Validators.required),
    effectiveTo: new FormControl<Date | null>(null),
  });

  protected openCreate(): void {
    this.form.reset({ code: '', titleZh: '', titleEn: '', document: '', effectiveFrom: new Date(), effectiveTo: null });
    this.createOpen.set(true);
  }

  protected create(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.talentPolicyCreate({
      body: {
        code: value.code.trim(),
        titleZh: value.titleZh.trim(),
        titleEn: value.titleEn.trim(),
        document: value.document.trim(),
        effectiveFrom: toDateOnly(value.effectiveFrom!),
        effectiveTo: value.effectiveTo ? toDateOnly(value.effectiveTo) : null,
        reassessGranted: false,
        rules: [],
      },
    }).subscribe({
      next: policy => {
        this.saving.set(false);
        this.createOpen.set(false);
        void this.router.navigate(['/talent-policies', policy.id]);
      },
      error: () => this.saving.set(false),
    });
  }
}
