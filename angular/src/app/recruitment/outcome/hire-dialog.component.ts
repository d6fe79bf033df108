import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { catchError, forkJoin, of } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { localizedName } from '../../core/i18n/localized-name';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { HireResultDto, HireSeatPreviewDto, OrgUnitDto, PostDto } from '../../proxy/models';
import { HireService, OrgUnitService, PostService, TalentProfileService } from '../../proxy/services';
import { enumKey } from '../../shared/enums/enums';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { chinaDate, chinaToday } from '../../shared/time/china-time';
import { expectedProbationMonths, seatClass } from './shared/notice-state';

interface SeatDetails {
  preview: HireSeatPreviewDto;
  post: PostDto | null;
  unit: OrgUnitDto | null;
}

/**
 * 聘用: previews the seat the hire will occupy (the unit's own 空编 or a 编制周转池 slot), then hires in one server
 * transaction and shows the result, with the talent account's one-time password shown this once.
 * Open it with an application id (`<tr-hire-dialog [applicationId]="id" [open]="true" (closed)="…" />`).
 */
@Component({
  selector: 'tr-hire-dialog',
  imports: [
    ReactiveFormsModule, NzAlertModule, NzButtonModule, NzCheckboxModule, NzDatePickerModule, NzDescriptionsModule, NzFormModule,
    NzInputNumberModule, NzModalModule, NzSpinModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hire-dialog.component.html',
  styles: `
    .seat { border: 2px solid; border-radius: 6px; padding: 12px; margin-bottom: 16px; }
    .seat-regular { border-color: #1677ff; background: #f0f5ff; }
    .seat-pool { border-color: #d46b08; border-style: dashed; background: #fff7e6; }
    .seat-kind { font-weight: 600; font-size: 16px; margin: 0 0 8px; }
    .password { font-family: monospace; font-size: 18px; word-break: break-all; }
    .password-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .hint { color: #595959; }
  `,
})
export class HireDialogComponent {
  private readonly hires = inject(HireService);
  private readonly posts = inject(PostService);
  private readonly units = inject(OrgUnitService);
  private readonly profiles = inject(TalentProfileService);
  private readonly localization = inject(LocalizationService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly applicationId = input<string | null>(null);
  readonly closed = output<void>();
  /** Emitted once the hire is done (the dialog stays open to show the one-time password). */
  readonly hired = output<HireResultDto>();

  protected readonly enumKey = enumKey;
  protected readonly date = chinaDate;
  protected readonly seatClass = seatClass;
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly seat = signal<SeatDetails | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<HireResultDto | null>(null);
  protected readonly tier = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly form = this.fb.group({
    startsOn: new FormControl<Date | null>(null, Validators.required),
    contractMonths: [36, [Validators.required, Validators.min(1), Validators.max(600)]],
    firstEmployment: [true],
  });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly probationMonths = computed(() => {
    const seat = this.seat();
    const value = this.formValue();
    return seat ? expectedProbationMonths(!!value.firstEmployment, Number(value.contractMonths ?? 0), seat.preview.campaignProbationMonths) : null;
  });

  constructor() {
    effect(() => {
      const id = this.applicationId();
      if (this.open() && id) {
        untracked(() => this.load(id));
      }
    });
  }

  protected name(named: OrgUnitDto | null): string {
    return localizedName(named, this.localization.culture());
  }

  protected postTitle(post: PostDto | null): string {
    return post ? (this.localization.isChinese() ? post.titleZh : post.titleEn || post.titleZh) : '';
  }

  protected confirm(): void {
    const seat = this.seat();
    if (!seat || this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.hires.hireCreate({
      body: {
        applicationId: seat.preview.applicationId,
        startsOn: toDateOnly(value.startsOn!),
        contractMonths: value.contractMonths,
        firstEmployment: value.firstEmployment,
      },
    }, this.ownErrors()).subscribe({
      next: result => {
        this.saving.set(false);
        this.result.set(result);
        this.hired.emit(result);
        this.profiles.talentProfileGet({ id: result.hire.talentProfileId }, this.ownErrors())
          .pipe(catchError(() => of(null)))
          .subscribe(profile => this.tier.set(profile?.tier ?? null));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(this.errorText(error));
        // The seat may have changed: show the current one.
        this.load(seat.preview.applicationId, false);
      },
    });
  }

  protected async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied.set(true);
    } catch {
      this.copied.set(false);
    }
  }

  protected close(): void {
    // The one-time password leaves memory with the dialog.
    this.result.set(null);
    this.seat.set(null);
    this.closed.emit();
  }

  private load(applicationId: string, reset = true): void {
    if (reset) {
      this.result.set(null);
      this.error.set(null);
      this.tier.set(null);
      this.copied.set(false);
      this.form.reset({ startsOn: fromDateOnly(chinaToday()), contractMonths: 36, firstEmployment: true });
    }
    this.loading.set(true);
    this.hires.hireGetPreview({ applicationId }, this.ownErrors()).subscribe({
      next: preview => forkJoin({
        post: this.posts.postGet({ id: preview.postId }, this.ownErrors()).pipe(catchError(() => of(null))),
        unit: this.units.orgUnitGet({ id: preview.orgUnitId }, this.ownErrors()).pipe(catchError(() => of(null))),
      }).subscribe(({ post, unit }) => {
        this.loading.set(false);
        this.seat.set({ preview, post, unit });
      }),
      error: (error: unknown) => {
        this.loading.set(false);
        this.seat.set(null);
        this.error.set(this.errorText(error));
      },
    });
  }

  /** This dialog shows its errors itself (inline, beside the seat), not as a global toast. */
  private ownErrors(): HttpContext {
    return new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
  }

  private errorText(error: unknown): string {
    if (error instanceof HttpErrorResponse && error.status === 409) {
      const detail = problemMessage(error);
      return `${this.localization.t('Outcome:HireConflict')}${detail ? ` (${detail})` : ''}`;
    }
    return (error instanceof HttpErrorResponse ? problemMessage(error) : null) ?? this.localization.t('Error:Unexpected');
  }
}
