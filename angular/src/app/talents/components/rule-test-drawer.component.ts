import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { toDateOnly } from '../../core/http/date-only';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BenefitResultDto } from '../../proxy/models';
import { TalentPolicyService } from '../../proxy/services';
import { problemErrors } from '../shared/rule-errors';
import { RuleDraft, toRuleDto } from '../shared/rule-draft';

import { ProfilePickerComponent } from './profile-picker.component';
import { formatYuan } from '../../shared/money/yuan';

/**
 * "Test this rule": the rule as it is being edited (saved or not) against one talent profile, on a date,
 * with the decision, the amount and payments, and every condition passed or failed with what is missing.
 */
@Component({
  selector: 'tr-rule-test-drawer',
  imports: [
    FormsModule, NzDrawerModule, NzButtonModule, NzIconModule, NzDatePickerModule, NzAlertModule, NzTagModule, NzTableModule,
    TranslatePipe, ProfilePickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer [nzVisible]="open()" [nzTitle]="('RuleTest:Title' | t) + (rule() ? ' · ' + ruleName() : '')" nzWidth="640px"
               (nzOnClose)="closed.emit()">
      <ng-container *nzDrawerContent>
        <div class="test-form" data-testid="rule-test-panel">
          <label class="test-field">
            <span>{{ 'RuleTest:Profile' | t }}</span>
            <tr-profile-picker [(value)]="profileId" [placeholder]="'RuleTest:ProfileHint' | t" data-testid="test-profile" />
          </label>
          <label class="test-field test-date">
            <span>{{ 'RuleTest:On' | t }}</span>
            <nz-date-picker [ngModel]="on()" (ngModelChange)="on.set($event)" [nzPlaceHolder]="'RuleTest:Today' | t" data-testid="test-on" />
          </label>
          <button nz-button nzType="primary" [disabled]="!profileId() || !rule()" [nzLoading]="running()" (click)="run()"
                  data-testid="test-run"><span nz-icon nzType="experiment"></span>{{ 'RuleTest:Run' | t }}</button>
        </div>

        @if (error(); as message) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="message" [nzDescription]="details().length ? detailsTpl : null"
                    data-testid="test-error" class="test-block" />
          <ng-template #detailsTpl>
            <ul class="test-details">
              @for (detail of details(); track $index) { <li>{{ detail }}</li> }
            </ul>
          </ng-template>
        }

        @if (result(); as r) {
          <div class="test-block" data-testid="test-result" [attr.data-eligible]="r.eligible">
            <div class="test-verdict">
              @if (r.eligible) {
                <nz-tag nzColor="success" data-testid="test-verdict"><span nz-icon nzType="check-circle"></span> {{ 'RuleTest:Eligible' | t }}</nz-tag>
              } @else if (r.excludedBy) {
                <nz-tag nzColor="default" data-testid="test-verdict">{{ 'RuleTest:Excluded' | t }}</nz-tag>
              } @else {
                <nz-tag nzColor="error" data-testid="test-verdict"><span nz-icon nzType="close-circle"></span> {{ 'RuleTest:NotEligible' | t }}</nz-tag>
              }
              @if (r.isAlmost) {
                <nz-tag nzColor="warning">{{ 'RuleTest:Almost' | t }}</nz-tag>
              }
              <strong class="test-amount" data-testid="test-amount">
                @if (r.amountKind === 'None') { {{ 'Enum:BenefitAmountKind.None' | t }} } @else if (r.amount !== null) { {{ money(r.amount) }} }
              </strong>
            </div>
            @if (r.reason) {
              <p class="test-reason">{{ r.reason }}</p>
            }
            <p class="test-citation">{{ 'RuleTest:Citation' | t: r.policyTitle : r.policyDocument : (r.article ?? '') }}</p>

            <h4>{{ 'RuleTest:Conditions' | t }}</h4>
            <ul class="test-conditions">
              @for (condition of r.conditions; track $index) {
                <li data-testid="test-condition" [attr.data-passed]="condition.passed" [style.padding-left.px]="condition.depth * 20"
                    [class.failed]="!condition.passed">
                  <span nz-icon [nzType]="condition.passed ? 'check-circle' : 'close-circle'" class="test-icon"></span>
                  <span>{{ condition.text }}</span>
                  @if (condition.hint) {
                    <span class="test-hint" data-testid="test-condition-hint">{{ condition.hint }}</span>
                  }
                </li>
              }
            </ul>

            @if (r.payments.length > 0 && r.amountKind !== 'None') {
              <h4>{{ 'RuleTest:Payments' | t }}</h4>
              <nz-table nzSize="small" [nzData]="r.payments" [nzShowPagination]="false" data-testid="test-payments">
                <thead><tr><th>#</th><th>{{ 'RuleTest:DueOn' | t }}</th><th>{{ 'RuleTest:PaymentAmount' | t }}</th></tr></thead>
                <tbody>
                  @for (payment of r.payments; track payment.number) {
                    <tr><td>{{ payment.number }}</td><td>{{ payment.dueOn }}</td><td>{{ money(payment.amount) }}</td></tr>
                  }
                </tbody>
              </nz-table>
            }
          </div>
        }
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .test-form { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
    .test-field { display: flex; flex-direction: column; gap: 4px; flex: 1 1 240px; }
    .test-date { flex: 0 0 160px; }
    .test-block { display: block; margin-top: 16px; }
    .test-verdict { display: flex; gap: 8px; align-items: center; }
    .test-amount { margin-left: auto; font-size: 18px; }
    .test-reason { color: #d46b08; margin: 8px 0 0; }
    .test-citation { color: #595959; margin: 8px 0; }
    .test-conditions { list-style: none; padding: 0; margin: 0 0 12px; }
    .test-conditions li { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; padding: 3px 0; }
    .test-icon { color: #237804; }
    .failed .test-icon { color: #cf1322; }
    .test-hint { color: #d46b08; font-size: 12px; }
    .test-details { margin: 0; padding-left: 18px; }
    h4 { margin: 12px 0 6px; font-weight: 600; }
  `,
})
export class RuleTestDrawerComponent {
  private readonly api = inject(TalentPolicyService);
  private readonly localization = inject(LocalizationService);

  readonly open = input.required<boolean>();
  readonly rule = input<RuleDraft | null>(null);
  readonly policyId = input<string | null>(null);
  readonly closed = output<void>();
  /** The rule was refused (400): its faults by path (`rule.condition.children[0]`). */
  readonly invalid = output<Record<string, string[]>>();

  protected readonly profileId = signal<string | null>(null);
  protected readonly on = signal<Date | null>(null);
  protected readonly running = signal(false);
  protected readonly result = signal<BenefitResultDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly details = signal<string[]>([]);

  constructor() {
    // Another rule: its old result would mislead.
    effect(() => {
      this.rule();
      untracked(() => {
        this.result.set(null);
        this.error.set(null);
        this.details.set([]);
      });
    });
  }

  protected ruleName(): string {
    const rule = this.rule();
    return rule ? (this.localization.isChinese() ? rule.nameZh : rule.nameEn || rule.nameZh) || rule.code : '';
  }

  protected money(amount: number): string {
    return formatYuan(amount, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
  }

  protected run(): void {
    const rule = this.rule();
    const profileId = this.profileId();
    if (!rule || !profileId) {
      return;
    }
    this.running.set(true);
    this.error.set(null);
    this.details.set([]);
    const on = this.on();
    this.api.talentPolicyTestRule(
      { body: { profileId, rule: toRuleDto(rule), policyId: this.policyId(), on: on ? toDateOnly(on) : null } },
      new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true),
    ).subscribe({
      next: result => {
        this.running.set(false);
        this.result.set(result);
      },
      error: (error: HttpErrorResponse) => {
        this.running.set(false);
        this.result.set(null);
        const errors = problemErrors(error);
        if (errors) {
          this.error.set(this.localization.t('RuleTest:Invalid'));
          this.details.set(Object.values(errors).flat());
          this.invalid.emit(errors);
        } else {
          this.error.set(problemMessage(error) ?? this.localization.t(error.status === 0 ? 'Error:Network' : 'Error:Unexpected'));
        }
      },
    });
  }
}
