import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { PagedTableState } from '../../core/http/paged';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { chinaDate } from '../../shared/time/china-time';
import { EntitlementGetList$Params } from '../../proxy/fn/entitlement/entitlement-get-list';
import { EntitlementDto, EntitlementStatus } from '../../proxy/models';
import { EntitlementService } from '../../proxy/services';
import { ClawBackModalComponent } from '../components/claw-back-modal.component';
import { ConditionListComponent } from '../components/condition-list.component';
import { PaymentTimelineComponent } from '../components/payment-timeline.component';

import { canClawBack, ENTITLEMENT_STATUS_COLORS, ENTITLEMENT_STATUSES, isServiceEntitlement } from '../shared/entitlements';
import { formatYuan } from '../../shared/money/yuan';

const PAGE_SIZE = 20;

/**
 * 待遇清单 (HR): the entitlements found by 免申即享 matching, filtered by status, policy and rule; a row opens
 * on why the talent qualifies and the payment schedule. HR confirms proposals and claws back benefits of
 * talents who left within the 服务期.
 */
@Component({
  selector: 'tr-entitlements-page',
  imports: [
    FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule, NzTagModule,
    NzPopconfirmModule, TranslatePipe, ConditionListComponent, PaymentTimelineComponent, ClawBackModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entitlements.page.html',
  styles: `
    th, .nowrap { white-space: nowrap; }
    .amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .muted { color: rgba(0, 0, 0, 0.65); font-size: 12px; }
    .detail { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; }
    .detail-title { font-weight: 600; margin-bottom: 4px; }
    .detail-reason { color: #cf1322; }
    @media (min-width: 992px) { .detail { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
  `,
})
export class EntitlementsPage {
  private readonly api = inject(EntitlementService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly date = chinaDate;
  protected readonly statuses = ENTITLEMENT_STATUSES;
  protected readonly statusColors = ENTITLEMENT_STATUS_COLORS;
  protected readonly isService = isServiceEntitlement;
  protected readonly canConfirm = computed(() => this.auth.isGranted(Permissions.EntitlementsConfirm));
  protected readonly mayClawBack = computed(() => this.auth.isGranted(Permissions.Installments.ClawBack));

  protected readonly status = signal<EntitlementStatus | null>(null);
  protected readonly policyCode = signal('');
  protected readonly ruleCode = signal('');
  protected readonly paging = new PagedTableState<EntitlementGetList$Params>(PAGE_SIZE);
  protected readonly entitlements = rxResource({
    // Names and explanations come in the UI language.
    params: () => ({ query: this.paging.request(), culture: this.localization.culture() }),
    stream: ({ params }) => this.api.entitlementGetList(params.query),
  });

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly confirming = signal<string | null>(null);
  protected readonly clawingBack = signal<EntitlementDto | null>(null);

  protected search(): void {
    this.paging.filterBy({
      status: this.status() ?? undefined,
      policyCode: this.policyCode().trim(),
      ruleCode: this.ruleCode().trim(),
    });
  }

  protected reset(): void {
    this.status.set(null);
    this.policyCode.set('');
    this.ruleCode.set('');
    this.search();
  }

  protected toggle(id: string, open: boolean): void {
    this.expanded.update(ids => {
      const next = new Set(ids);
      if (open) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected canClawBack(entitlement: EntitlementDto): boolean {
    return this.mayClawBack() && canClawBack(entitlement);
  }

  protected confirm(entitlement: EntitlementDto): void {
    this.confirming.set(entitlement.id);
    this.api.entitlementConfirm({ id: entitlement.id, body: { concurrencyStamp: entitlement.concurrencyStamp } }).subscribe({
      next: confirmed => {
        this.confirming.set(null);
        this.messages.success(this.localization.t('Entitlements:Confirmed', confirmed.profileName, confirmed.name));
        this.entitlements.reload();
      },
      error: () => {
        this.confirming.set(null);
        this.entitlements.reload();
      },
    });
  }

  protected onClawedBack(result: EntitlementDto): void {
    this.clawingBack.set(null);
    this.messages.success(this.localization.t('Entitlements:ClawedBackAmount', result.profileName, this.money(result.clawbackAmount ?? 0)), {
      nzDuration: 6000,
    });
    this.expanded.update(ids => new Set([...ids, result.id]));
    this.entitlements.reload();
  }
}
