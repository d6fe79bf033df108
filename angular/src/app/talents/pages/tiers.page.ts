import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { TalentTierDto } from '../../proxy/models';
import { TalentTierService } from '../../proxy/services';

const TIER_COLORS: Readonly<Record<string, string>> = { A: 'magenta', B: 'volcano', C: 'orange', D: 'blue', E: 'cyan' };

/** 人才分类目录: the zone's five tiers A–E, their names and criteria in both languages, and how many talents hold each. */
@Component({
  selector: 'tr-tiers-page',
  imports: [
    ReactiveFormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzModalModule, NzFormModule, NzInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'Tiers:Title' | t">
      <p class="hint">{{ 'Tiers:Hint' | t }}</p>
      <nz-table #table nzSize="small" [nzData]="tiers.value() ?? []" [nzLoading]="tiers.isLoading()" [nzShowPagination]="false"
                data-testid="tier-table">
        <thead>
          <tr>
            <th nzWidth="70px">{{ 'Tiers:Level' | t }}</th>
            <th>{{ 'Tiers:Name' | t }}</th>
            <th>{{ 'Tiers:Criteria' | t }}</th>
            <th nzWidth="110px">{{ 'Tiers:Certified' | t }}</th>
            @if (canManage()) {
              <th nzWidth="90px">{{ 'Common:Actions' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (tier of table.data; track tier.level) {
            <tr data-testid="tier-row" [attr.data-level]="tier.level">
              <td><nz-tag [nzColor]="colors[tier.level!]">{{ tier.level }}</nz-tag></td>
              <td>
                <div data-testid="tier-name">{{ zh() ? tier.nameZh : tier.nameEn }}</div>
                <div class="muted">{{ zh() ? tier.nameEn : tier.nameZh }}</div>
              </td>
              <td>
                <div class="criteria">{{ zh() ? tier.criteriaZh : tier.criteriaEn || tier.criteriaZh }}</div>
                @if (zh() && tier.criteriaEn) { <div class="criteria muted">{{ tier.criteriaEn }}</div> }
                @if (!zh() && tier.criteriaEn && tier.criteriaZh) { <div class="criteria muted">{{ tier.criteriaZh }}</div> }
              </td>
              <td data-testid="tier-certified">{{ tier.certifiedCount }}</td>
              @if (canManage()) {
                <td><button nz-button nzType="link" nzSize="small" (click)="edit(tier)" data-testid="tier-edit">{{ 'Common:Edit' | t }}</button></td>
              }
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>

    <nz-modal [nzVisible]="!!editing()" [nzTitle]="'Tiers:EditTitle' | t: (editing()?.level ?? '')" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" nzWidth="720px" (nzOnOk)="save()" (nzOnCancel)="editing.set(null)">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" data-testid="tier-form">
          <div class="two">
            <nz-form-item>
              <nz-form-label nzRequired nzFor="tier-name-zh">{{ 'Tiers:NameZh' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Tiers:NameZh' | t)">
                <input nz-input id="tier-name-zh" formControlName="nameZh" maxlength="32" data-testid="tier-form-name-zh" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="tier-name-en">{{ 'Tiers:NameEn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Tiers:NameEn' | t)">
                <input nz-input id="tier-name-en" formControlName="nameEn" maxlength="32" data-testid="tier-form-name-en" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzFor="tier-criteria-zh">{{ 'Tiers:CriteriaZh' | t }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="tier-criteria-zh" formControlName="criteriaZh" rows="4" maxlength="1000" data-testid="tier-form-criteria-zh"></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="tier-criteria-en">{{ 'Tiers:CriteriaEn' | t }}</nz-form-label>
            <nz-form-control>
              <textarea nz-input id="tier-criteria-en" formControlName="criteriaEn" rows="4" maxlength="1000" data-testid="tier-form-criteria-en"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .muted, .hint { color: #595959; }
    .hint { margin-top: 0; }
    .criteria { white-space: pre-wrap; }
    .two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  `,
})
export class TiersPage {
  private readonly api = inject(TalentTierService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly colors = TIER_COLORS;
  protected readonly zh = this.localization.isChinese;
  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.TalentTiers.Manage));
  protected readonly tiers = rxResource({ stream: () => this.api.talentTierGetList() });
  protected readonly editing = signal<TalentTierDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    nameZh: ['', [Validators.required, Validators.maxLength(32)]],
    nameEn: ['', [Validators.required, Validators.maxLength(32)]],
    criteriaZh: ['', Validators.maxLength(1000)],
    criteriaEn: ['', Validators.maxLength(1000)],
  });

  protected edit(tier: TalentTierDto): void {
    this.form.reset({ nameZh: tier.nameZh, nameEn: tier.nameEn, criteriaZh: tier.criteriaZh, criteriaEn: tier.criteriaEn });
    this.editing.set(tier);
  }

  protected save(): void {
    const tier = this.editing();
    if (!tier?.level) {
      return;
    }
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.talentTierUpdate({
      level: tier.level,
      body: {
        nameZh: value.nameZh.trim(),
        nameEn: value.nameEn.trim(),
        criteriaZh: value.criteriaZh.trim(),
        criteriaEn: value.criteriaEn.trim(),
        concurrencyStamp: tier.concurrencyStamp,
      },
    }).subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.messages.success(this.localization.t('Common:SavedSuccessfully'));
        this.tiers.reload();
      },
      error: () => this.saving.set(false),
    });
  }
}
