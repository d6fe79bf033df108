import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, ValidatorFn, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/tree';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { of, startWith } from 'rxjs';
import { toDateOnly } from '../../../core/http/date-only';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../../core/http/http-context-tokens';
import { problemMessage } from '../../../core/http/problem-details';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { postOptions } from '../../../planning/shared/change-pickers';
import { PoolLoanDto, PoolLoanJustification, StaffingPoolSlotDto, TalentTierLevel } from '../../../proxy/models';
import { PostService, StaffingPoolService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';
import { loanRequestProblems, MAX_TERM_MONTHS, QUALIFYING_TIERS } from '../shared/pool';

/**
 * A unit asks for a free pool slot for one named hire: tier A–C or a post in short supply, a term of at most 3 years and
 * a return plan. The loan is saved as a draft and sent for approval from the board; the server's refusals (e.g. the unit
 * still has 空编 of the type) are shown here, localized.
 */
@Component({
  selector: 'tr-pool-loan-request-modal',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzRadioModule, NzTreeSelectModule,
    NzDatePickerModule, NzAlertModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'StaffingPoolUi:RequestLoan' | t" [nzOkText]="'StaffingPoolUi:SaveDraft' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" nzWidth="640px" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (serverError(); as message) {
          <nz-alert nzType="error" nzShowIcon class="server-error" [nzMessage]="'StaffingPoolUi:Refused' | t" [nzDescription]="message"
                    data-testid="pool-loan-error" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="pool-loan-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-slot">{{ 'StaffingPoolUi:Slot' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:Slot' | t)">
              <nz-select nzId="pool-loan-slot" formControlName="slotId" data-testid="pool-loan-slot" [nzNotFoundContent]="'StaffingPoolUi:NoFreeSlot' | t">
                @for (slot of slots(); track slot.id) {
                  <nz-option [nzValue]="slot.id" [nzLabel]="slot.code + ' ' + slot.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-unit">{{ 'StaffingPoolUi:BorrowingUnit' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:BorrowingUnit' | t)">
              <nz-tree-select class="full-width" nzId="pool-loan-unit" formControlName="borrowingUnitId" [nzNodes]="unitNodes()"
                              nzShowSearch nzDefaultExpandAll data-testid="pool-loan-unit" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-hire">{{ 'StaffingPoolUi:HireName' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:HireName' | t)">
              <input nz-input id="pool-loan-hire" formControlName="hireName" data-testid="pool-loan-hire" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-justification">{{ 'StaffingPoolUi:Justification' | t }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group id="pool-loan-justification" formControlName="justification" data-testid="pool-loan-justification"
                              [attr.aria-label]="'StaffingPoolUi:Justification' | t">
                @for (item of justifications; track item) {
                  <label nz-radio [nzValue]="item">{{ enumKey('PoolLoanJustification', item) | t }}</label>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          @if (values().justification === 'TalentTier') {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="pool-loan-tier">{{ 'StaffingPoolUi:Tier' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'StaffingPoolUi:TierRequired' | t">
                <nz-select nzId="pool-loan-tier" formControlName="tier" data-testid="pool-loan-tier">
                  @for (tier of tiers; track tier) {
                    <nz-option [nzValue]="tier" [nzLabel]="enumKey('TalentTierLevel', tier) | t" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          } @else {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="pool-loan-shortage-post">{{ 'StaffingPoolUi:ShortagePost' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'StaffingPoolUi:ShortagePostRequired' | t">
                <nz-select nzId="pool-loan-shortage-post" formControlName="shortagePostId" nzShowSearch data-testid="pool-loan-shortage-post"
                           [nzLoading]="posts.isLoading()">
                  @for (post of postOptions(); track post.id) {
                    <nz-option [nzValue]="post.id" [nzLabel]="post.label" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-term">{{ 'StaffingPoolUi:TermMonths' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'StaffingPoolUi:TermInvalid' | t" [nzExtra]="'StaffingPoolUi:TermHint' | t">
              <nz-input-number nzId="pool-loan-term" formControlName="termMonths" [nzMin]="1" [nzMax]="maxTerm" data-testid="pool-loan-term" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="pool-loan-expected-return">{{ 'StaffingPoolUi:ExpectedReturn' | t }}</nz-form-label>
            <nz-form-control>
              <nz-date-picker nzId="pool-loan-expected-return" formControlName="expectedReturnDate" data-testid="pool-loan-expected-return" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-loan-return-plan">{{ 'StaffingPoolUi:ReturnPlan' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:ReturnPlan' | t)">
              <textarea nz-input id="pool-loan-return-plan" formControlName="returnPlan" rows="3" data-testid="pool-loan-return-plan"
                        [placeholder]="'StaffingPoolUi:ReturnPlanHint' | t"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.full-width { width: 100%; } .server-error { margin-bottom: 16px; }`,
})
export class LoanRequestModalComponent {
  private readonly api = inject(StaffingPoolService);
  private readonly postsApi = inject(PostService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  /** The slots a loan may ask for (free and held by no open loan). */
  readonly slots = input.required<readonly StaffingPoolSlotDto[]>();
  readonly unitNodes = input.required<NzTreeNodeOptions[]>();
  readonly closed = output<void>();
  readonly saved = output<PoolLoanDto>();

  protected readonly enumKey = enumKey;
  protected readonly tiers = QUALIFYING_TIERS;
  protected readonly justifications: PoolLoanJustification[] = ['TalentTier', 'ShortagePost'];
  protected readonly maxTerm = MAX_TERM_MONTHS;
  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly form = this.fb.group({
    slotId: new FormControl<string | null>(null, Validators.required),
    borrowingUnitId: new FormControl<string | null>(null, Validators.required),
    hireName: ['', [Validators.required, Validators.maxLength(64)]],
    justification: new FormControl<PoolLoanJustification>('TalentTier', { nonNullable: true }),
    tier: new FormControl<TalentTierLevel | null>(null, problem('StaffingPoolUi:TierRequired')),
    shortagePostId: new FormControl<string | null>(null, problem('StaffingPoolUi:ShortagePostRequired')),
    termMonths: [MAX_TERM_MONTHS, [Validators.required, Validators.min(1), Validators.max(MAX_TERM_MONTHS)]],
    expectedReturnDate: new FormControl<Date | null>(null),
    returnPlan: ['', [Validators.required, Validators.maxLength(2000)]],
  });
  protected readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), { initialValue: this.form.getRawValue() });

  /** The borrowing unit's 事业编制 posts, one of which may be marked as in short supply (紧缺). */
  protected readonly posts = rxResource({
    params: () => {
      const { borrowingUnitId, justification } = this.values();
      return borrowingUnitId && justification === 'ShortagePost' ? borrowingUnitId : undefined;
    },
    stream: ({ params }) => (params
      ? this.postsApi.postGetList({ orgUnitId: params, staffingType: 'PublicInstitution', maxResultCount: 200 })
      : of(null)),
  });
  // The same "code title" options as a staffing plan's post picker.
  protected readonly postOptions = computed(() => postOptions(this.posts.value()?.items ?? [], [], null, this.localization.isChinese()));

  constructor() {
    effect(() => {
      if (this.open()) {
        this.serverError.set(null);
        this.form.reset({
          slotId: null, borrowingUnitId: null, hireName: '', justification: 'TalentTier', tier: null, shortagePostId: null,
          termMonths: MAX_TERM_MONTHS, expectedReturnDate: null, returnPlan: '',
        });
      }
    });
  }

  protected submit(): void {
    markAllDirty(this.form);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.serverError.set(null);
    // The refusals (unit with 空编, tier not qualifying, term too long) belong in the form, not in a toast.
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    this.api.staffingPoolRequestLoan({
      body: {
        slotId: value.slotId,
        borrowingUnitId: value.borrowingUnitId,
        hireName: value.hireName.trim(),
        justification: value.justification,
        tier: value.justification === 'TalentTier' ? value.tier : null,
        shortagePostId: value.justification === 'ShortagePost' ? value.shortagePostId : null,
        termMonths: value.termMonths,
        expectedReturnDate: value.expectedReturnDate ? toDateOnly(value.expectedReturnDate) : null,
        returnPlan: value.returnPlan.trim(),
      },
    }, context).subscribe({
      next: loan => {
        this.saving.set(false);
        this.saved.emit(loan);
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.serverError.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }
}


/** A control's error when the whole request has `key` among its problems (the tier or the 紧缺 post its justification needs). */
function problem(key: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const group = control.parent as FormGroup | null;
    return group && loanRequestProblems(group.getRawValue()).includes(key) ? { [key]: true } : null;
  };
}
