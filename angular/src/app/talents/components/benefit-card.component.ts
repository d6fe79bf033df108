import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BenefitResultDto } from '../../proxy/models';
import { BENEFIT_STATUS_TAGS, benefitStatus, isService, missingHints } from '../shared/calculator';
import { formatYuan } from '../../shared/money/yuan';

/**
 * One benefit of a calculation: its status, amount and payments, the policy article it rests on,
 * what is still missing when almost there, and the full condition tree behind "why".
 */
@Component({
  selector: 'tr-benefit-card',
  imports: [NzCardModule, NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './benefit-card.component.html',
  styleUrl: './benefit-card.component.css',
})
export class BenefitCardComponent {
  private readonly localization = inject(LocalizationService);

  readonly benefit = input.required<BenefitResultDto>();

  protected readonly view = computed(() => {
    const benefit = this.benefit();
    const status = benefitStatus(benefit);
    return {
      status,
      tag: BENEFIT_STATUS_TAGS[status],
      service: isService(benefit),
      hints: status === 'almost' ? missingHints(benefit.conditions) : [],
      // The amount granted, or the one given up for a higher benefit (struck through); none when not met.
      amount: status === 'granted' || status === 'excluded' ? benefit.amount : null,
    };
  });

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }
}
