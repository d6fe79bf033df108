import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../../core/http/http-context-tokens';
import { problemMessage } from '../../../core/http/problem-details';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { toTreeNodes } from '../../../organization/shared/org-tree';
import { ApprovalInboxItemDto, DecideApprovalDto, PoolLoanDto, StaffingPoolSlotDto } from '../../../proxy/models';
import { ApprovalService, OrgUnitService, StaffingPoolService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { chinaDate, chinaTime } from '../../../shared/time/china-time';
import { unitNames } from '../../../staffing/shared/unit-options';
import { ApprovalDecisionComponent } from '../../../approvals/approval-decision.component';
import { LoanAction, LoanActionModalComponent } from '../components/loan-action-modal.component';
import { LoanRequestModalComponent } from '../components/loan-request-modal.component';
import { SlotFormModalComponent } from '../components/slot-form-modal.component';
import { availableSlots, LOAN_STATUS_COLORS, loanActions, seatRows, sortLoans } from '../shared/pool';

/**
 * The zone's 编制周转池 on one board: the named slots, the loans (overdue ones first and in red, each with its actions)
 * and the seats per unit×type with the pool slots in use apart from the regular quota. Approvers decide loans here too.
 */
@Component({
  selector: 'tr-pool-board-page',
  imports: [
    NzCardModule, NzTabsModule, NzTableModule, NzTagModule, NzButtonModule, NzIconModule, NzAlertModule, NzPopconfirmModule, TranslatePipe,
    ApprovalDecisionComponent, SlotFormModalComponent, LoanRequestModalComponent, LoanActionModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pool-board.page.html',
  styleUrl: './pool-board.page.css',
})
export class PoolBoardPage {
  private readonly api = inject(StaffingPoolService);
  private readonly approvals = inject(ApprovalService);
  private readonly units = inject(OrgUnitService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  /** Route parameter (`/staffing-pool/loans/:loan`, the link of a loan's approval notice): that loan is shown expanded. */
  readonly loan = input<string | undefined>(undefined);

  protected readonly enumKey = enumKey;
  protected readonly loanColors = LOAN_STATUS_COLORS;
  protected readonly date = chinaDate;
  protected readonly time = chinaTime;

  protected readonly canManageSlots = computed(() => this.auth.isGranted(Permissions.StaffingPool.ManageSlots));
  protected readonly canRequest = computed(() => this.auth.isGranted(Permissions.StaffingPool.RequestLoans));
  private readonly canManageLoans = computed(() => this.auth.isGranted(Permissions.StaffingPool.ManageLoans));
  private readonly canApprove = computed(() => this.auth.isGranted(Permissions.Approvals));

  protected readonly slots = rxResource({ stream: () => this.api.staffingPoolGetSlots() });
  protected readonly loans = rxResource({ stream: () => this.api.staffingPoolGetLoans({ maxResultCount: 200 }) });
  protected readonly seats = rxResource({ stream: () => this.api.staffingPoolGetSeats() });
  private readonly tree = rxResource({ stream: () => this.units.orgUnitGetTree() });
  private readonly inbox = rxResource({
    params: () => (this.canApprove() ? true : undefined),
    stream: ({ params }) => (params ? this.approvals.approvalGetInbox({ documentKind: 'PoolLoan' }) : of([] as ApprovalInboxItemDto[])),
  });

  protected readonly slotItems = computed(() => this.slots.value()?.items ?? []);
  protected readonly loanItems = computed(() => sortLoans(this.loans.value()?.items ?? []));
  protected readonly freeSlots = computed(() => availableSlots(this.slotItems(), this.loanItems()));
  protected readonly overdue = computed(() => this.loanItems().filter(loan => loan.isOverdue));
  protected readonly unitNodes = computed(() => toTreeNodes(this.tree.value()?.items ?? [], this.localization.culture()));
  protected readonly seatItems = computed(() => seatRows(this.seats.value()?.items ?? [], unitNames(this.tree.value()?.items ?? [], this.localization.culture())));
  protected readonly poolSeatsInUse = computed(() => this.seatItems().reduce((sum, row) => sum + row.poolSlotsInUse, 0));
  /** The loan each slot is lent on, for the slots table. */
  protected readonly loanById = computed(() => new Map(this.loanItems().map(loan => [loan.id, loan])));
  /** Loans waiting for the caller's decision, each with the call that decides its step. */
  protected readonly decisions = computed(() => (this.inbox.value() ?? []).map(step => ({
    step,
    decide: (body: DecideApprovalDto, context: HttpContext): Observable<unknown> =>
      this.api.staffingPoolDecideLoan({ stepId: step.stepId, body }, context),
  })));

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly slotOpen = signal(false);
  protected readonly requestOpen = signal(false);
  protected readonly actionLoan = signal<PoolLoanDto | null>(null);
  protected readonly action = signal<LoanAction>('activate');
  protected readonly busy = signal(false);
  /** The server's refusal of the last action taken on the board (e.g. sending a loan for a unit that has 空编). */
  protected readonly boardError = signal<string | null>(null);

  protected actionsOf(loan: PoolLoanDto) {
    return loanActions(loan.status, this.canRequest(), this.canManageLoans());
  }

  protected isExpanded(loan: PoolLoanDto): boolean {
    return this.expanded().has(loan.id) || this.loan() === loan.id;
  }

  protected toggle(loan: PoolLoanDto, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) {
      next.add(loan.id);
    } else {
      next.delete(loan.id);
    }
    this.expanded.set(next);
  }

  protected openAction(loan: PoolLoanDto, action: LoanAction): void {
    this.action.set(action);
    this.actionLoan.set(loan);
  }

  protected submitLoan(loan: PoolLoanDto): void {
    this.busy.set(true);
    this.boardError.set(null);
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    this.api.staffingPoolSubmitLoan({ id: loan.id }, context).subscribe({
      next: () => this.changed('StaffingPoolUi:LoanSubmitted'),
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.boardError.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
      },
    });
  }

  protected deleteSlot(slot: StaffingPoolSlotDto): void {
    this.busy.set(true);
    this.api.staffingPoolDeleteSlot({ id: slot.id }).subscribe({
      next: () => this.changed('Common:DeletedSuccessfully'),
      error: () => this.busy.set(false),
    });
  }

  protected slotSaved(): void {
    this.slotOpen.set(false);
    this.changed('Common:SavedSuccessfully');
  }

  protected loanRequested(loan: PoolLoanDto): void {
    this.requestOpen.set(false);
    this.toggle(loan, true);
    this.changed('StaffingPoolUi:LoanDrafted');
  }

  protected actionSaved(): void {
    this.actionLoan.set(null);
    this.changed('Common:SavedSuccessfully');
  }

  protected onDecided(): void {
    this.changed('Approvals:Decided');
  }

  protected justification(loan: PoolLoanDto): string {
    const reason = this.localization.t(enumKey('PoolLoanJustification', loan.justification));
    return loan.tier ? `${reason} · ${this.localization.t(enumKey('TalentTierLevel', loan.tier))}` : reason;
  }

  private changed(messageKey: string): void {
    this.busy.set(false);
    this.messages.success(this.localization.t(messageKey));
    this.slots.reload();
    this.loans.reload();
    this.seats.reload();
    this.inbox.reload();
  }
}
