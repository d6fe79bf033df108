import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { forkJoin } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { BenefitResultDto, EntitlementDto } from '../../proxy/models';
import { EntitlementService, MyTalentService } from '../../proxy/services';
import { ConditionListComponent } from '../components/condition-list.component';
import { PaymentTimelineComponent } from '../components/payment-timeline.component';
import { missingHints } from '../shared/calculator';
import { ENTITLEMENT_STATUS_COLORS, isServiceEntitlement, portalTotals, splitEntitlements } from '../shared/entitlements';
import { formatYuan } from '../../shared/money/yuan';

/**
 * 我的人才待遇: what a recruited talent sees after signing in — their tier, what they are granted, paid and
 * still to receive; each benefit with the policy article it rests on, its payments and why they qualify; the
 * benefits no longer granted and the ones almost within reach with what is missing. Worded by the server in
 * the UI language (asked again after a language switch); laid out for phones first.
 */
@Component({
  selector: 'tr-portal-page',
  imports: [
    NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzSkeletonModule, NzTagModule, TranslatePipe,
    ConditionListComponent, PaymentTimelineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal.page.html',
  styleUrl: './portal.page.css',
})
export class PortalPage {
  private readonly profiles = inject(MyTalentService);
  private readonly entitlements = inject(EntitlementService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly statusColors = ENTITLEMENT_STATUS_COLORS;
  protected readonly isService = isServiceEntitlement;

  protected readonly portal = rxResource({
    // The server words names, explanations and hints in the UI language: load again after a switch.
    params: () => ({ culture: this.localization.culture() }),
    stream: () => {
      const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
      return forkJoin({
        profile: this.profiles.myTalentGetProfile(undefined, context),
        entitlements: this.entitlements.entitlementGetMine(undefined, context),
        missing: this.profiles.myTalentGetMissing(undefined, context),
      });
    },
  });

  protected readonly profile = computed(() => this.portal.value()?.profile ?? null);
  protected readonly lists = computed(() => splitEntitlements(this.portal.value()?.entitlements ?? []));
  protected readonly totals = computed(() => portalTotals(this.portal.value()?.entitlements ?? []));
  protected readonly almost = computed(() =>
    (this.portal.value()?.missing ?? []).map(benefit => ({ benefit, hints: missingHints(benefit.conditions) })));
  protected readonly errorMessage = computed(() => {
    const error = this.portal.error();
    if (!error) {
      return null;
    }
    const response = error instanceof HttpErrorResponse ? error : null;
    if (response?.status === 404) {
      return this.localization.t('Portal:NoProfile');
    }
    return (response ? problemMessage(response) : null) ?? this.localization.t(response?.status === 0 ? 'Error:Network' : 'Error:Unexpected');
  });

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected citation(item: Pick<EntitlementDto | BenefitResultDto, 'policyTitle' | 'article'>): string {
    return item.article
      ? this.localization.t('Calculator:PolicyCitation', item.policyTitle, item.article)
      : this.localization.t('Calculator:PolicyTitle', item.policyTitle);
  }

  protected reload(): void {
    this.portal.reload();
  }
}
