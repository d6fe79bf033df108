import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { of } from 'rxjs';
import { saveFile } from '../../core/http/download';
import { fromDateOnly, toDateOnly } from '../../core/http/date-only';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { chinaToday } from '../../shared/time/china-time';
import { InstallmentService } from '../../proxy/services';

import { disclosureTotal, monthStart } from '../shared/ledger';
import { formatYuan } from '../../shared/money/yuan';

/** 资金公示: the payments made in a period with the names masked (张*明), to publish; exported as .xlsx. */
@Component({
  selector: 'tr-disclosure-panel',
  imports: [FormsModule, NzButtonModule, NzDatePickerModule, NzIconModule, NzTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-toolbar">
      <nz-range-picker [ngModel]="period()" (ngModelChange)="period.set($event ?? [])" [nzAllowClear]="false"
                       data-testid="disclosure-period" />
      <span class="toolbar-spacer"></span>
      <button nz-button (click)="export()" [nzLoading]="exporting()" [disabled]="!range()" data-testid="disclosure-export">
        <span nz-icon nzType="download"></span>{{ 'Installments:ExportDisclosure' | t }}
      </button>
    </div>
    <div class="table-scroll">
      <nz-table #table nzSize="small" data-testid="disclosure-table" [nzData]="lines.value() ?? []" [nzLoading]="lines.isLoading()"
                [nzPageSize]="50" [nzFooter]="footer">
        <thead>
          <tr>
            <th>{{ 'Installments:MaskedName' | t }}</th>
            <th>{{ 'Installments:Tier' | t }}</th>
            <th>{{ 'Entitlements:Policy' | t }}</th>
            <th>{{ 'Entitlements:Benefit' | t }}</th>
            <th nzAlign="right">{{ 'Entitlements:Amount' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of table.data; track $index) {
            <tr data-testid="disclosure-row">
              <td>{{ line.maskedName }}</td>
              <td>{{ enumKey('TalentTierLevel', line.tier) | t }}</td>
              <td>{{ line.policyTitle }}</td>
              <td>{{ line.benefitName }}</td>
              <td class="amount">{{ money(line.amount) }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #footer>
        <span data-testid="disclosure-total">{{ 'Installments:DisclosureTotal' | t: (lines.value()?.length ?? 0) : money(total()) }}</span>
      </ng-template>
    </div>
  `,
  styles: `.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }`,
})
export class DisclosurePanelComponent {
  private readonly api = inject(InstallmentService);
  private readonly localization = inject(LocalizationService);

  protected readonly enumKey = enumKey;
  protected readonly period = signal<Date[]>([fromDateOnly(monthStart(chinaToday()))!, fromDateOnly(chinaToday())!]);
  protected readonly range = computed(() => {
    const [from, to] = this.period();
    return from && to ? { from: toDateOnly(from), to: toDateOnly(to) } : null;
  });
  protected readonly lines = rxResource({
    params: () => ({ range: this.range(), culture: this.localization.culture() }),
    stream: ({ params }) => (params.range ? this.api.installmentGetDisclosure(params.range) : of([])),
  });
  protected readonly total = computed(() => disclosureTotal(this.lines.value() ?? []));
  protected readonly exporting = signal(false);

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected export(): void {
    const range = this.range();
    if (!range) {
      return;
    }
    this.exporting.set(true);
    this.api.installmentExportDisclosure$Response(range).subscribe({
      next: response => {
        this.exporting.set(false);
        saveFile(response, `disclosure-${range.from}-${range.to}.xlsx`);
      },
      error: () => this.exporting.set(false),
    });
  }
}
