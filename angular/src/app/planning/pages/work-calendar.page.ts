import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { WorkCalendarDayKind } from '../../proxy/models';
import { WORK_CALENDAR_DAY_KIND } from '../../proxy/models/work-calendar-day-kind-array';
import { WorkCalendarService } from '../../proxy/services';
import { enumKey } from '../../shared/enums/enums';
import { CalendarRow, calendarYears, sortedDays, toInput } from '../shared/work-calendar';

/**
 * The national working-day calendar that due times are computed on: per year, the statutory holidays (放假)
 * and the weekend days worked instead (调休上班). Everyone reads it; only the host admin edits it.
 */
@Component({
  selector: 'tr-work-calendar-page',
  imports: [
    FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzDatePickerModule, NzIconModule, NzInputModule, NzSelectModule, NzTableModule,
    NzTagModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './work-calendar.page.html',
  styles: `
    .toolbar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
    .summary { margin: 12px 0; }
    .actions { margin-top: 16px; display: flex; gap: 8px; }
  `,
})
export class WorkCalendarPage {
  private readonly api = inject(WorkCalendarService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  protected readonly localization = inject(LocalizationService);

  protected readonly years = calendarYears(new Date().getFullYear());
  protected readonly kinds: readonly WorkCalendarDayKind[] = WORK_CALENDAR_DAY_KIND;
  protected readonly canEdit = computed(() => this.auth.isGranted(Permissions.WorkCalendarUpdate));
  protected readonly year = signal(new Date().getFullYear());
  protected readonly calendar = rxResource({ params: () => ({ year: this.year() }), stream: ({ params }) => this.api.workCalendarGet(params) });
  protected readonly rows = signal<CalendarRow[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly holidays = computed(() => this.rows().filter(r => r.kind === 'Holiday').length);
  protected readonly makeUpDays = computed(() => this.rows().filter(r => r.kind === 'MakeUpWorkday').length);

  constructor() {
    effect(() => {
      const value = this.calendar.value();
      this.rows.set(value ? sortedDays(value.days).map(day => ({ date: fromDateOnly(day.date), kind: day.kind, name: day.name })) : []);
      this.error.set(null);
    });
  }

  protected kindKey(kind: WorkCalendarDayKind | null): string {
    return enumKey('WorkCalendarDayKind', kind);
  }

  protected add(): void {
    this.rows.update(rows => [...rows, { date: null, kind: 'Holiday', name: '' }]);
  }

  protected remove(index: number): void {
    this.rows.update(rows => rows.filter((_, i) => i !== index));
  }

  protected update(index: number, change: Partial<CalendarRow>): void {
    this.rows.update(rows => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected save(): void {
    const current = this.calendar.value();
    this.saving.set(true);
    this.error.set(null);
    this.api.workCalendarUpdate({
      year: this.year(),
      body: { days: this.rows().map(row => toInput(row, toDateOnly)), concurrencyStamp: current?.concurrencyStamp ?? null },
    }).subscribe({
      next: () => {
        this.saving.set(false);
        this.messages.success(this.localization.t('Common:SavedSuccessfully'));
        this.calendar.reload();
      },
      error: (error: HttpErrorResponse) => {
        this.saving.set(false);
        this.error.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }
}
