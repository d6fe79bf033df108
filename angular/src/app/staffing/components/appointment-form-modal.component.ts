import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { map, of } from 'rxjs';
import { toDateOnly } from '../../core/http/date-only';
import { problemMessage } from '../../core/http/problem-details';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { APPOINTMENT_KINDS, enumKey } from '../../shared/enums/enums';
import { AppointmentDto, AppointmentKind, PostDto, StaffingType } from '../../proxy/models';
import { AppointmentService, PersonService, PostService } from '../../proxy/services';

/**
 * 实名制: binds a person to a post (and so to a slot of the post's staffing type). Offered posts are
 * the unit's vacant ones (of the seat's type); the server decides whether a slot is free and its
 * localized refusal is shown here as well as in the global message.
 */
@Component({
  selector: 'tr-appointment-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzSelectModule, NzDatePickerModule, NzCheckboxModule, NzAlertModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './appointment-form-modal.component.html',
  styles: `.full-width { width: 100%; } .server-error { margin-bottom: 16px; }`,
})
export class AppointmentFormModalComponent {
  private readonly api = inject(AppointmentService);
  private readonly personApi = inject(PersonService);
  private readonly postApi = inject(PostService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  /** The unit whose vacant posts are offered. */
  readonly unitId = input<string | null>(null);
  /** Only posts drawing on this type (appointing from a vacant seat of that type). */
  readonly staffingType = input<StaffingType | null>(null);
  /** A fixed post (appointing from the post list). */
  readonly post = input<PostDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<AppointmentDto>();

  protected readonly enumKey = enumKey;
  protected readonly kinds = APPOINTMENT_KINDS;
  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly personFilter = signal('');

  protected readonly form = this.fb.group({
    personId: new FormControl<string | null>(null, Validators.required),
    postId: new FormControl<string | null>(null, Validators.required),
    kind: new FormControl<AppointmentKind>('Appointed', { nonNullable: true }),
    termStart: new FormControl<Date | null>(null, Validators.required),
    termEnd: new FormControl<Date | null>(null),
    isPrimary: [true],
  });

  protected readonly persons = rxResource({
    params: () => (this.open() ? { filter: this.personFilter() } : undefined),
    stream: ({ params }) => this.personApi.personGetList({ ...(params.filter ? { filter: params.filter } : {}), maxResultCount: 30, sorting: 'name asc' }),
  });
  protected readonly posts = rxResource({
    params: () => (this.open() ? { unitId: this.unitId(), type: this.staffingType(), post: this.post() } : undefined),
    stream: ({ params }) => {
      if (params.post) {
        return of([params.post]);
      }
      if (!params.unitId) {
        return of([] as PostDto[]);
      }
      return this.postApi.postGetList({
        orgUnitId: params.unitId, status: 'Vacant', ...(params.type ? { staffingType: params.type } : {}), maxResultCount: 1000, sorting: 'code asc',
      }).pipe(map(page => page.items));
    },
  });
  protected readonly noPosts = computed(() => !this.posts.isLoading() && (this.posts.value() ?? []).length === 0);

  constructor() {
    effect(() => {
      if (this.open()) {
        const post = untracked(this.post);
        this.serverError.set(null);
        this.personFilter.set('');
        this.form.reset({ personId: null, postId: post?.id ?? null, kind: 'Appointed', termStart: new Date(), termEnd: null, isPrimary: true });
      }
    });
  }

  protected searchPersons(filter: string): void {
    this.personFilter.set(filter.trim());
  }

  protected submit(): void {
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.serverError.set(null);
    this.api.appointmentCreate({
      body: {
        personId: value.personId,
        postId: value.postId,
        kind: value.kind,
        isPrimary: value.isPrimary,
        termStart: value.termStart ? toDateOnly(value.termStart) : null,
        termEnd: value.termEnd ? toDateOnly(value.termEnd) : null,
      },
    }).subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (error instanceof HttpErrorResponse) {
          this.serverError.set(problemMessage(error));
        }
      },
    });
  }
}
