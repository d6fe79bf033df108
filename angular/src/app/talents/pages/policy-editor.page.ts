import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { Observable, of, switchMap } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../../core/http/http-context-tokens';
import { problemMessage } from '../../core/http/problem-details';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enumKey } from '../../shared/enums/enums';
import { TalentPolicyDto } from '../../proxy/models';
import { TalentPolicyService } from '../../proxy/services';
import { RuleEditorComponent } from '../components/rule-editor.component';
import { RuleTestDrawerComponent } from '../components/rule-test-drawer.component';
import { conditionNumber, LocatedError, locateErrors, problemErrors, RuleErrors } from '../shared/rule-errors';
import {
  draftFingerprint, fromPolicyDto, keepKeys, moveItem, newRule, PolicyDraft, RuleDraft, toUpdateDto,
} from '../shared/rule-draft';
import { POLICY_STATUS_COLORS } from '../shared/talent-enums';
import { formatYuan } from '../../shared/money/yuan';

/** Policy fields the server may name in a 400, with their labels. */
const POLICY_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Policies:Code',
  titleZh: 'Policies:TitleZh',
  titleEn: 'Policies:TitleEn',
  document: 'Policies:Document',
  effectiveFrom: 'Policies:EffectiveFrom',
  effectiveTo: 'Policies:EffectiveTo',
};

/** Rule parts named in a 400, with their labels (conditions are numbered instead). */
const RULE_TARGET_LABELS: Readonly<Record<string, string>> = {
  code: 'RuleEditor:Code',
  nameZh: 'RuleEditor:NameZh',
  nameEn: 'RuleEditor:NameEn',
  article: 'RuleEditor:Article',
  exclusivityGroup: 'RuleEditor:ExclusivityGroup',
  commitmentYears: 'RuleEditor:CommitmentYears',
  amount: 'RuleEditor:Amount',
  schedule: 'RuleEditor:Schedule',
};

/**
 * One version of a policy: its text, period and grandfathering choice, its benefit rules (condition trees,
 * amounts, schedules) with "test this rule", the other versions, and the actions of its state — a draft is
 * saved and published, a published version is read-only and drafted anew.
 */
@Component({
  selector: 'tr-policy-editor-page',
  imports: [
    FormsModule, RouterLink, NzCardModule, NzButtonModule, NzIconModule, NzInputModule, NzDatePickerModule, NzSwitchModule, NzTagModule,
    NzAlertModule, NzPopconfirmModule, NzTooltipModule, NzSpinModule, NzBadgeModule, TranslatePipe, RuleEditorComponent,
    RuleTestDrawerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-editor.page.html',
  styleUrl: './policy-editor.page.css',
})
export class PolicyEditorPage {
  private readonly api = inject(TalentPolicyService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  protected readonly localization = inject(LocalizationService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly enumKey = enumKey;
  protected readonly statusColors = POLICY_STATUS_COLORS;

  protected readonly policy = rxResource({ params: () => this.id(), stream: ({ params: id }) => this.api.talentPolicyGet({ id }) });
  /** The code alone: saving the draft does not reload the versions. */
  private readonly code = computed(() => this.policy.value()?.code);
  protected readonly versions = rxResource({
    params: () => this.code(),
    stream: ({ params: code }) => (code ? this.api.talentPolicyGetList({ code }) : of([])),
  });

  /** What is being edited: reset whenever the policy is (re)loaded or saved. */
  protected readonly draft = linkedSignal<TalentPolicyDto | undefined, PolicyDraft | null>({
    source: () => this.policy.value(),
    // Rules keep their keys across a save, so that open panels stay open.
    computation: (policy, previous) => (policy ? keepKeys(fromPolicyDto(policy), previous?.value ?? null) : null),
  });
  private readonly baseline = computed(() => {
    const policy = this.policy.value();
    return policy ? draftFingerprint(fromPolicyDto(policy)) : '';
  });
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    return !!draft && draftFingerprint(draft) !== this.baseline();
  });

  protected readonly canManage = computed(() => this.auth.isGranted(Permissions.TalentPolicies.Manage));
  protected readonly canPublish = computed(() => this.auth.isGranted(Permissions.TalentPolicies.Publish));
  protected readonly isDraft = computed(() => this.policy.value()?.status === 'Draft');
  protected readonly editable = computed(() => this.isDraft() && this.canManage());
  /** The open draft of this policy's code, when this version is not it. */
  protected readonly otherDraft = computed(() =>
    (this.versions.value() ?? []).find(version => version.status === 'Draft' && version.id !== this.policy.value()?.id) ?? null);

  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<RuleErrors>(RuleErrors.none);
  protected readonly openRules = signal<ReadonlySet<number>>(new Set());
  protected readonly testing = signal<number | null>(null);
  protected readonly testedRule = computed(() => {
    const index = this.testing();
    return index === null ? null : this.draft()?.rules[index] ?? null;
  });

  protected patch(change: Partial<PolicyDraft>): void {
    this.draft.update(draft => (draft ? { ...draft, ...change } : draft));
  }

  protected updateRule(index: number, rule: RuleDraft): void {
    this.draft.update(draft => (draft ? { ...draft, rules: draft.rules.map((current, i) => (i === index ? rule : current)) } : draft));
  }

  protected addRule(): void {
    const rule = newRule(this.draft()?.rules.map(item => item.code) ?? []);
    this.draft.update(draft => (draft ? { ...draft, rules: [...draft.rules, rule] } : draft));
    this.openRules.update(open => new Set([...open, rule.key]));
    // Indices moved: faults found before would point at the wrong rule.
    this.serverErrors.set(RuleErrors.none);
  }

  protected removeRule(index: number): void {
    this.draft.update(draft => (draft ? { ...draft, rules: draft.rules.filter((_, i) => i !== index) } : draft));
    this.serverErrors.set(RuleErrors.none);
    if (this.testing() !== null) {
      this.testing.set(null);
    }
  }

  protected moveRule(index: number, offset: number): void {
    this.draft.update(draft => (draft ? { ...draft, rules: moveItem(draft.rules, index, index + offset) } : draft));
    this.serverErrors.set(RuleErrors.none);
    if (this.testing() !== null) {
      this.testing.set(null);
    }
  }

  protected isOpen(rule: RuleDraft): boolean {
    return this.openRules().has(rule.key);
  }

  protected toggle(rule: RuleDraft): void {
    this.openRules.update(open => {
      const next = new Set(open);
      if (!next.delete(rule.key)) {
        next.add(rule.key);
      }
      return next;
    });
  }

  protected ruleName(rule: RuleDraft): string {
    return (this.localization.isChinese() ? rule.nameZh : rule.nameEn || rule.nameZh) || '';
  }

  protected amountSummary(rule: RuleDraft): string {
    if (rule.amountKind === 'Fixed') {
      return formatYuan(rule.fixed ?? 0, this.localization.culture(), (key, ...args) => this.localization.t(key, ...args));
    }
    return this.localization.t(enumKey('BenefitAmountKind', rule.amountKind));
  }

  protected ruleErrors(index: number): ReadonlyMap<string, string[]> {
    return this.serverErrors().forRule(index);
  }

  /** A fault's place in words: "规则 2「生活补贴」· 条件 1.3" or the policy field. */
  protected errorPlace(error: LocatedError): string {
    const t = (key: string, ...args: unknown[]) => this.localization.t(key, ...args);
    if (error.rule === null) {
      const label = POLICY_FIELD_LABELS[error.target];
      return label ? t(label) : '';
    }
    const rule = this.draft()?.rules[error.rule];
    const ruleText = t('RuleEditor:RuleNumber', error.rule + 1, rule ? this.ruleName(rule) || rule.code : '');
    if (error.target.startsWith('condition')) {
      const number = conditionNumber(error.target);
      return `${ruleText} · ${number ? t('RuleEditor:ConditionNumber', number) : t('RuleEditor:Conditions')}`;
    }
    const label = RULE_TARGET_LABELS[error.target];
    return label ? `${ruleText} · ${t(label)}` : ruleText;
  }

  protected policyErrors(field: string): string[] {
    return this.serverErrors().at(null, field);
  }

  protected revealError(error: LocatedError): void {
    const rule = error.rule === null ? null : this.draft()?.rules[error.rule];
    if (rule) {
      this.openRules.update(open => new Set([...open, rule.key]));
    }
  }

  protected onTestInvalid(errors: Record<string, string[]>): void {
    const index = this.testing();
    if (index === null) {
      return;
    }
    this.showErrors(locateErrors(errors, index));
  }

  protected save(): void {
    this.busy.set(true);
    this.saveRequest().subscribe({
      next: () => {
        this.busy.set(false);
        this.messages.success(this.localization.t('Common:SavedSuccessfully'));
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Publishes the draft (saving it first when it was changed). */
  protected publish(): void {
    this.busy.set(true);
    const saved: Observable<TalentPolicyDto> = this.dirty() ? this.saveRequest() : of(this.policy.value()!);
    saved.pipe(
      switchMap(policy => this.api.talentPolicyPublish({ id: policy.id, body: { concurrencyStamp: policy.concurrencyStamp } }, this.quiet())),
    ).subscribe({
      next: policy => {
        this.busy.set(false);
        this.policy.set(policy);
        this.versions.reload();
        this.messages.success(this.localization.t('Policies:Published'));
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected newVersion(): void {
    const policy = this.policy.value();
    if (!policy) {
      return;
    }
    this.busy.set(true);
    this.api.talentPolicyCreateVersion({ id: policy.id }).subscribe({
      next: draft => {
        this.busy.set(false);
        this.messages.success(this.localization.t('Policies:VersionCreated', draft.version));
        void this.router.navigate(['/talent-policies', draft.id]);
      },
      error: () => {
        this.busy.set(false);
        this.versions.reload();
      },
    });
  }

  protected retire(): void {
    const policy = this.policy.value();
    if (!policy) {
      return;
    }
    this.busy.set(true);
    this.api.talentPolicyRetire({ id: policy.id, body: { concurrencyStamp: policy.concurrencyStamp } }).subscribe({
      next: retired => {
        this.busy.set(false);
        this.policy.set(retired);
        this.versions.reload();
        this.messages.success(this.localization.t('Policies:Retired'));
      },
      error: () => this.busy.set(false),
    });
  }

  protected deleteDraft(): void {
    const policy = this.policy.value();
    if (!policy) {
      return;
    }
    this.busy.set(true);
    this.api.talentPolicyDelete({ id: policy.id }).subscribe({
      next: () => {
        this.busy.set(false);
        this.messages.success(this.localization.t('Common:DeletedSuccessfully'));
        const previous = (this.versions.value() ?? []).find(version => version.id !== policy.id);
        void this.router.navigate(previous ? ['/talent-policies', previous.id] : ['/talent-policies']);
      },
      error: () => this.busy.set(false),
    });
  }

  protected discard(): void {
    const policy = this.policy.value();
    if (policy) {
      this.draft.set(fromPolicyDto(policy));
      this.serverErrors.set(RuleErrors.none);
    }
  }

  private saveRequest(): Observable<TalentPolicyDto> {
    const policy = this.policy.value()!;
    const draft = this.draft()!;
    this.serverErrors.set(RuleErrors.none);
    return this.api.talentPolicyUpdate({ id: policy.id, body: toUpdateDto(draft, policy.code, policy.concurrencyStamp) }, this.quiet()).pipe(
      switchMap(saved => {
        this.policy.set(saved);
        return of(saved);
      }),
    );
  }

  private quiet(): HttpContext {
    return new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
  }

  /** A 400 with paths is shown where it belongs; anything else as a message (409: someone else saved first). */
  private failed(error: unknown): void {
    this.busy.set(false);
    const errors = problemErrors(error);
    if (errors && Object.keys(errors).length > 0) {
      this.showErrors(locateErrors(errors));
      this.messages.error(this.localization.t('Policies:FixErrors'));
      return;
    }
    const response = error instanceof HttpErrorResponse ? error : null;
    this.messages.error((response && problemMessage(response)) ?? this.localization.t(response?.status === 0 ? 'Error:Network' : 'Error:Unexpected'));
  }

  private showErrors(errors: LocatedError[]): void {
    const located = new RuleErrors(errors);
    this.serverErrors.set(located);
    const rules = this.draft()?.rules ?? [];
    const keys = errors.map(error => (error.rule === null ? undefined : rules[error.rule]?.key)).filter((key): key is number => key !== undefined);
    this.openRules.update(open => new Set([...open, ...keys]));
  }
}
