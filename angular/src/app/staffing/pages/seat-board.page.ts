import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { catchError, forkJoin, map, Observable, of, switchMap, throwError } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgContractService, SeatBoardDto, SeatDto, SeatGroupDto } from '../../organization/shared/contract';
import { enumKey } from '../../organization/shared/enums';
import { toTreeNodes } from '../../organization/shared/org-tree';
import { buildSeatBoard, overrun } from '../../organization/shared/seat-board';
import { StaffingType } from '../../proxy/models';
import { AppointmentService, OrgUnitService, PersonService, PostService, StaffingQuotaService } from '../../proxy/services';
import { AppointmentFormModalComponent } from '../components/appointment-form-modal.component';
import { unitNames } from '../shared/unit-options';

/** 实名制 seat board: every approved slot of a unit as a seat, filled (person, post) or vacant, by staffing type. */
@Component({
  selector: 'tr-seat-board-page',
  imports: [
    FormsModule, NzCardModule, NzTreeSelectModule, NzTagModule, NzButtonModule, NzIconModule, NzSpinModule, NzEmptyModule,
    TranslatePipe, AppointmentFormModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './seat-board.page.html',
  styles: `
    .page-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .unit-picker { width: 320px; }
    .group { margin-bottom: 24px; }
    .group-header { display: flex; gap: 12px; align-items: center; margin-bottom: 12px; }
    .group-header h3 { margin: 0; }
    .seats { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
    .seat { border-radius: 6px; padding: 10px; min-height: 88px; border: 1px solid #d9d9d9; display: flex; flex-direction: column; gap: 4px; }
    .seat.filled { background: #f6ffed; border-color: #b7eb8f; }
    .seat.vacant { background: #fafafa; border-style: dashed; }
    .seat.over { background: #fff1f0; border-color: #ffa39e; }
    .seat-index { font-size: 12px; color: #8c8c8c; }
    .seat-person { font-weight: 600; font-size: 15px; }
    .seat-post { font-size: 12px; color: #595959; }
    .seat-vacant { color: #8c8c8c; }
  `,
})
export class SeatBoardPage {
  private readonly contract = inject(OrgContractService);
  private readonly units = inject(OrgUnitService);
  private readonly quotaApi = inject(StaffingQuotaService);
  private readonly appointmentApi = inject(AppointmentService);
  private readonly postApi = inject(PostService);
  private readonly personApi = inject(PersonService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  /** `?unit=` of the URL. */
  readonly unit = input<string | undefined>();

  protected readonly enumKey = enumKey;
  protected readonly overrun = overrun;
  protected readonly canAppoint = computed(() => this.auth.isGranted(Permissions.Appointments.Create));
  protected readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));
  private readonly names = computed(() => unitNames(this.tree.value()?.items ?? [], this.localization.culture()));

  protected readonly board = rxResource({
    params: () => this.unit() || undefined,
    stream: ({ params: unitId }) => this.load(unitId),
  });

  protected readonly appointOpen = signal(false);
  protected readonly appointType = signal<StaffingType | null>(null);

  protected chooseUnit(unitId: string | null): void {
    void this.router.navigate([], { queryParams: { unit: unitId || null } });
  }

  protected postTitle(seat: SeatDto): string {
    const title = this.localization.isChinese() ? seat.postTitleZh : seat.postTitleEn || seat.postTitleZh;
    return [seat.postCode, title].filter(Boolean).join(' ');
  }

  protected isOver(group: SeatGroupDto, seat: SeatDto): boolean {
    return seat.isFilled && seat.index > group.approved;
  }

  protected openAppoint(group: SeatGroupDto): void {
    this.appointType.set(group.staffingType);
    this.appointOpen.set(true);
  }

  protected onAppointed(): void {
    this.appointOpen.set(false);
    this.messages.success(this.localization.t('Seats:Appointed'));
    this.board.reload();
  }

  /** The server's board; while the endpoint is missing (404), the same board built from quotas and appointments. */
  private load(unitId: string): Observable<SeatBoardDto> {
    return this.contract.seatBoard(unitId).pipe(
      catchError((error: unknown) => (error instanceof HttpErrorResponse && error.status === 404
        ? this.buildLocally(unitId)
        : throwError(() => error))),
    );
  }

  private buildLocally(unitId: string): Observable<SeatBoardDto> {
    return forkJoin({
      quotas: this.quotaApi.staffingQuotaGetList({ orgUnitId: unitId, maxResultCount: 100 }),
      appointments: this.appointmentApi.appointmentGetList({ orgUnitId: unitId, activeOnly: true, maxResultCount: 1000 }),
      posts: this.postApi.postGetList({ orgUnitId: unitId, maxResultCount: 1000 }),
    }).pipe(
      switchMap(data => {
        const personIds = [...new Set(data.appointments.items.map(appointment => appointment.personId))];
        const persons = personIds.length > 0 ? forkJoin(personIds.map(id => this.personApi.personGet({ id }))) : of([]);
        return persons.pipe(map(people => buildSeatBoard(
          unitId,
          this.names().get(unitId) ?? '',
          data.quotas.items,
          data.appointments.items,
          new Map(data.posts.items.map(post => [post.id, post])),
          new Map(people.map(person => [person.id, person.name])),
        )));
      }),
    );
  }
}
