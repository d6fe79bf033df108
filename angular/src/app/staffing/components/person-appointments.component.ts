import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { toDateOnly } from '../../core/http/date-only';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { markAllDirty } from '../../shared/forms/mark-all-dirty';
import { enumKey } from '../../shared/enums/enums';
import { AppointmentDto, OrgUnitTreeNodeDto, PostDto } from '../../proxy/models';
import { AppointmentService, PostService } from '../../proxy/services';
import { unitNames } from '../shared/unit-options';

/** A person's appointments (实名制 history), newest first; an active one can be ended with a reason. */
@Component({
  selector: 'tr-person-appointments',
  imports: [ReactiveFormsModule, NzTableModule, NzTagModule, NzButtonModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-appointments.component.html',
})
export class PersonAppointmentsComponent {
  private readonly api = inject(AppointmentService);
  private readonly postApi = inject(PostService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  readonly personId = input.required<string>();
  readonly tree = input<OrgUnitTreeNodeDto[]>([]);

  protected readonly enumKey = enumKey;
  protected readonly canEnd = computed(() => this.auth.isGranted(Permissions.Appointments.End));
  protected readonly unitNames = computed(() => unitNames(this.tree(), this.localization.culture()));
  protected readonly appointments = rxResource({
    params: () => this.personId(),
    stream: ({ params: personId }) => this.api.appointmentGetList({ personId, maxResultCount: 100, sorting: 'termStart desc' }).pipe(
      switchMap(page => {
        const postIds = [...new Set(page.items.map(item => item.postId))];
        const posts = postIds.length > 0 ? forkJoin(postIds.map(id => this.postApi.postGet({ id }))) : of([] as PostDto[]);
        return posts.pipe(map(list => ({ items: page.items, posts: new Map(list.map(post => [post.id, post])) })));
      }),
    ),
  });

  protected readonly ending = signal<AppointmentDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    endedOn: new FormControl<Date | null>(null, Validators.required),
    reason: ['', [Validators.required, Validators.maxLength(256)]],
  });

  protected postLabel(post: PostDto | undefined): string {
    if (!post) {
      return '';
    }
    return `${post.code} ${this.localization.isChinese() ? post.titleZh : post.titleEn}`;
  }

  protected openEnd(appointment: AppointmentDto): void {
    this.form.reset({ endedOn: new Date(), reason: '' });
    this.ending.set(appointment);
  }

  protected submitEnd(): void {
    const appointment = this.ending();
    if (!appointment) {
      return;
    }
    if (this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.appointmentEnd({
      id: appointment.id,
      body: { endedOn: value.endedOn ? toDateOnly(value.endedOn) : null, reason: value.reason.trim(), concurrencyStamp: appointment.concurrencyStamp },
    }).subscribe({
      next: () => {
        this.saving.set(false);
        this.ending.set(null);
        this.messages.success(this.localization.t('Persons:AppointmentEnded'));
        this.appointments.reload();
      },
      error: () => this.saving.set(false),
    });
  }
}
