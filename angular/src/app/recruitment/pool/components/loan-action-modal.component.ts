import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable, of } from 'rxjs';
import { fromDateOnly, toDateOnly } from '../../../core/http/date-only';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../../core/http/http-context-tokens';
import { problemMessage } from '../../../core/http/problem-details';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { postOptions } from '../../../planning/shared/change-pickers';
import { PoolLoanDto } from '../../../proxy/models';
import { PersonService, PostService, StaffingPoolService } from '../../../proxy/services';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';
import { chinaToday } from '../../../shared/time/china-time';
import { termEnd } from '../shared/pool';

export type LoanAction = 'activate' | 'return' | 'release';

/**
 * One step of an approved loan's life: activate (the named person on a vacant post of the unit, held on the pool slot),
 * return (the person moves onto a regular slot of the unit once it has one) or release (the person left: the slot goes
 * back to the pool). The server's refusals are shown in the dialog.
 */
@Component({
  selector: 'tr-pool-loan-action-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, NzDatePickerModule, NzAlertModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!loan()" [nzTitle]="titleKey() | t: (loan()?.number ?? '')" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (serverError(); as message) {
          <nz-alert nzType="error" nzShowIcon class="server-error" [nzMessage]="'StaffingPoolUi:Refused' | t" [nzDescription]="message"
                    data-testid="pool-action-error" />
        }
        @if (loan(); as l) {
          <p class="who">{{ l.hireName }} · {{ l.unitName }} · {{ l.slotCode }}</p>
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="pool-action-form">
          @if (action() === 'activate') {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="pool-action-person">{{ 'StaffingPoolUi:Person' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:Person' | t)">
                <nz-select nzId="pool-action-person" formControlName="personId" nzShowSearch nzServerSearch data-testid="pool-action-person"
                           [nzLoading]="persons.isLoading()" (nzOnSearch)="personFilter.set($event)" [nzPlaceHolder]="'StaffingPoolUi:PersonHint' | t">
                  @for (person of persons.value()?.items ?? []; track person.id) {
                    <nz-option [nzValue]="person.id" [nzLabel]="person.name" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="pool-action-post">{{ 'StaffingPoolUi:VacantPost' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:VacantPost' | t)">
                <nz-select nzId="pool-action-post" formControlName="postId" nzShowSearch data-testid="pool-action-post" [nzLoading]="posts.isLoading()"
                           [nzNotFoundContent]="'StaffingPoolUi:NoVacantPost' | t">
                  @for (post of postOptions(); track post.id) {
                    <nz-option [nzValue]="post.id" [nzLabel]="post.label" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="pool-action-on">{{ dateKey() | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: (dateKey() | t)" [nzExtra]="termHint()">
              <nz-date-picker nzId="pool-action-on" formControlName="on" data-testid="pool-action-on" />
            </nz-form-control>
          </nz-form-item>
          @if (action() === 'release') {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="pool-action-reason">{{ 'StaffingPoolUi:ReleaseReason' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('StaffingPoolUi:ReleaseReason' | t)">
                <textarea nz-input id="pool-action-reason" formControlName="reason" rows="2" data-testid="pool-action-reason"></textarea>
              </nz-form-control>
            </nz-form-item>
          }
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.server-error { margin-bottom: 16px; } .who { font-weight: 600; }`,
})
export class LoanActionModalComponent {
  private readonly api = inject(StaffingPoolService);
  private readonly personsApi = inject(PersonService);
  private readonly postsApi = inject(PostService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly localization = inject(LocalizationService);

  /** The loan to act on; the dialog is open while one is set. */
  readonly loan = input<PoolLoanDto | null>(null);
  readonly action = input<LoanAction>('activate');
  readonly closed = output<void>();
  readonly saved = output<PoolLoanDto>();

  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly personFilter = signal('');
  protected readonly form = this.fb.group({
    personId: new FormControl<string | null>(null),
    postId: new FormControl<string | null>(null),
    on: new FormControl<Date | null>(null, Validators.required),
    reason: ['', Validators.maxLength(500)],
  });
  private readonly onValue = signal<Date | null>(null);

  protected readonly titleKey = computed(() => ({
    activate: 'StaffingPoolUi:ActivateTitle', return: 'StaffingPoolUi:ReturnTitle', release: 'StaffingPoolUi:ReleaseTitle',
  })[this.action()]);
  protected readonly dateKey = computed(() => (this.action() === 'activate' ? 'StaffingPoolUi:StartOn' : this.action() === 'return'
    ? 'StaffingPoolUi:ReturnOn' : 'StaffingPoolUi:ReleaseOn'));
  /** The term end an activation on the chosen day gives (the same rule as the server's). */
  protected readonly termHint = computed(() => {
    const loan = this.loan();
    const on = this.onValue();
    return this.action() === 'activate' && loan && on ? this.localization.t('StaffingPoolUi:TermEndPreview', termEnd(toDateOnly(on), loan.termMonths)) : '';
  });

  protected readonly persons = rxResource({
    params: () => (this.loan() && this.action() === 'activate' ? { filter: this.personFilter().trim() || untracked(this.loan)!.hireName } : undefined),
    stream: ({ params }) => (params ? this.personsApi.personGetList({ filter: params.filter, maxResultCount: 20 }) : of(null)),
  });
  protected readonly posts = rxResource({
    params: () => (this.loan() && this.action() === 'activate' ? this.loan()!.borrowingUnitId : undefined),
    stream: ({ params }) => (params
      ? this.postsApi.postGetList({ orgUnitId: params, status: 'Vacant', staffingType: untracked(this.loan)!.staffingType, maxResultCount: 200 })
      : of(null)),
  });
  // The same "code title" options as a staffing plan's post picker.
  protected readonly postOptions = computed(() => postOptions(this.posts.value()?.items ?? [], [], null, this.localization.isChinese()));

  constructor() {
    effect(() => {
      const loan = this.loan();
      if (loan) {
        const activate = untracked(this.action) === 'activate';
        this.serverError.set(null);
        this.personFilter.set('');
        this.form.controls.personId.setValidators(activate ? Validators.required : null);
        this.form.controls.postId.setValidators(activate ? Validators.required : null);
        this.form.controls.reason.setValidators(untracked(this.action) === 'release' ? [Validators.required, Validators.maxLength(500)] : null);
        this.form.reset({ personId: loan.personId, postId: null, on: fromDateOnly(chinaToday()), reason: '' });
        this.onValue.set(this.form.controls.on.value);
      }
    });
    this.form.controls.on.valueChanges.subscribe(value => this.onValue.set(value));
  }

  protected submit(): void {
    markAllDirty(this.form);
    if (this.form.invalid) {
      return;
    }
    const loan = this.loan()!;
    const value = this.form.getRawValue();
    const on = toDateOnly(value.on!);
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    let request: Observable<PoolLoanDto>;
    switch (this.action()) {
      case 'activate':
        request = this.api.staffingPoolActivateLoan({ id: loan.id, body: { personId: value.personId, postId: value.postId, startOn: on } }, context);
        break;
      case 'return':
        request = this.api.staffingPoolReturnLoan({ id: loan.id, body: { on } }, context);
        break;
      default:
        request = this.api.staffingPoolReleaseLoan({ id: loan.id, body: { on, reason: value.reason.trim() } }, context);
    }
    this.saving.set(true);
    this.serverError.set(null);
    request.subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.serverError.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }
}

