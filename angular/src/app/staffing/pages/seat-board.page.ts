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
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { toTreeNodes } from '../../organization/shared/org-tree';
import { SeatDto, SeatGroupDto, StaffingType } from '../../proxy/models';
import { OrgUnitService, SeatBoardService } from '../../proxy/services';
import { AppointmentFormModalComponent } from '../components/appointment-form-modal.component';
import { isOverrunSeat, overrun, seatPostLabel } from '../shared/seat-board';

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
    .seat { border-radius: 6px; padding: 10px; min-height: 88px; min-width: 0; border: 1px solid #d9d9d9; display: flex; flex-direction: column; gap: 4px; }
    .seat.filled { background: #f6ffed; border-color: #b7eb8f; }
    .seat.vacant { background: #fafafa; border-style: dashed; }
    .seat.over { background: #fff1f0; border-color: #ffa39e; }
    .seat-index { font-size: 12px; color: #595959; }
    .seat-person { font-weight: 600; font-size: 15px; }
    .seat-post { font-size: 12px; color: #595959; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .seat-vacant { color: #595959; }
  `,
})
export class SeatBoardPage {
  private readonly seatBoardApi = inject(SeatBoardService);
  private readonly units = inject(OrgUnitService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  /** `?unit=` of the URL. */
  readonly unit = input<string | undefined>();

  protected readonly enumKey = enumKey;
  protected readonly overrun = overrun;
  protected readonly isOver = isOverrunSeat;
  protected readonly canAppoint = computed(() => this.auth.isGranted(Permissions.Appointments.Create));
  protected readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));

  protected readonly board = rxResource({
    params: () => this.unit() || undefined,
    stream: ({ params: orgUnitId }) => this.seatBoardApi.seatBoardGet({ orgUnitId }),
  });

  protected readonly appointOpen = signal(false);
  protected readonly appointType = signal<StaffingType | null>(null);

  protected chooseUnit(unitId: string | null): void {
    void this.router.navigate([], { queryParams: { unit: unitId || null } });
  }

  protected postTitle(seat: SeatDto): string {
    return seatPostLabel(seat, this.localization.isChinese());
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
}
