import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { EntitlementDto } from '../../proxy/models';

import { paymentTimeline, TIMELINE_COLORS } from '../shared/entitlements';
import { formatYuan } from '../../shared/money/yuan';

/**
 * The payments of a benefit as a timeline: paid (date and voucher, green), scheduled (due date, grey),
 * suspended (the reason, red), cancelled; or, before HR confirmed it, the schedule as proposed.
 */
@Component({
  selector: 'tr-payment-timeline',
  imports: [NzTimelineModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <nz-timeline class="timeline">
        @for (item of items(); track item.number) {
          <nz-timeline-item [nzColor]="colors[item.kind]">
            <div class="timeline-item" [attr.data-kind]="item.kind" data-testid="timeline-item">
              <div class="timeline-head">
                <span>{{ 'Calculator:Installment' | t: item.number }}</span>
                <span class="timeline-amount" [class.timeline-struck]="item.kind === 'cancelled'">{{ money(item.amount) }}</span>
              </div>
              <div class="timeline-detail" [class]="'timeline-' + item.kind">
                @switch (item.kind) {
                  @case ('paid') {
                    ✓ {{ 'Portal:PaidOn' | t: item.date }}
                    @if (item.voucherNo) { <span class="timeline-voucher">{{ 'Portal:Voucher' | t: item.voucherNo }}</span> }
                  }
                  @case ('scheduled') { {{ 'Portal:DueOn' | t: item.date }} }
                  @case ('suspended') {
                    {{ 'Enum:InstallmentStatus.Suspended' | t }}
                    @if (item.reason) { <span class="timeline-reason" data-testid="timeline-reason">{{ item.reason }}</span> }
                    <span class="timeline-date">{{ 'Portal:DueOn' | t: item.date }}</span>
                  }
                  @case ('cancelled') { {{ 'Enum:InstallmentStatus.Cancelled' | t }} <span class="timeline-date">{{ item.date }}</span> }
                  @case ('proposed') { {{ 'Portal:ProposedOn' | t: item.date }} }
                }
              </div>
            </div>
          </nz-timeline-item>
        }
      </nz-timeline>
    }
  `,
  styles: `
    :host { display: block; }
    .timeline { display: block; padding-top: 8px; }
    .timeline-head { display: flex; justify-content: space-between; gap: 8px; font-variant-numeric: tabular-nums; }
    .timeline-amount { font-weight: 600; white-space: nowrap; }
    .timeline-struck { text-decoration: line-through; color: rgba(0, 0, 0, 0.6); }
    .timeline-detail { font-size: 13px; color: rgba(0, 0, 0, 0.65); overflow-wrap: anywhere; }
    .timeline-paid { color: #237804; }
    .timeline-suspended { color: #cf1322; }
    .timeline-voucher, .timeline-date, .timeline-reason { margin-left: 8px; }
    .timeline-voucher, .timeline-date { color: rgba(0, 0, 0, 0.65); }
    :host ::ng-deep .ant-timeline-item:last-child { padding-bottom: 0; }
  `,
})
export class PaymentTimelineComponent {
  private readonly localization = inject(LocalizationService);

  readonly entitlement = input.required<EntitlementDto>();

  protected readonly colors = TIMELINE_COLORS;
  protected readonly items = computed(() => paymentTimeline(this.entitlement()));

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }
}
