import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
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
import { PolicyFieldsComponent } from '../components/policy-fields.component';
import { PolicyRuleListComponent } from '../components/policy-rule-list.component';
import { PolicyVersionsComponent } from '../components/policy-versions.component';
import { RuleTestDrawerComponent } from '../components/rule-test-drawer.component';
import { LocatedError, locateErrors, problemErrors, RuleErrors } from '../shared/rule-errors';
import { draftFingerprint, fromPolicyDto, keepKeys, PolicyDraft, RuleDraft, toUpdateDto } from '../shared/rule-draft';
import { errorPlace } from '../shared/policy-error-place';
import { POLICY_STATUS_COLORS } from '../shared/talent-enums';

/**
 * One version of a policy: its text, period and grandfathering choice, its benefit rules (condition trees,
 * amounts, schedules) with "test this rule", the other versions, and the actions of its state — a draft is
 * saved and published, a published version is read-only and drafted anew. The page loads, saves and moves the
 * version through its states and places the server's faults; the fields, the rule list and the versions are
 * components of their own.
 */
@Component({
  selector: 'tr-policy-editor-page',
  imports: [
    RouterLink, NzCardModule, NzButtonModule, NzIconModule, NzTagModule, NzAlertModule, NzPopconfirmModule, NzSpinModule, TranslatePipe,
    PolicyFieldsComponent, PolicyRuleListComponent, PolicyVersionsComponent, RuleTestDrawerComponent,
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

  protected setRules(rules: RuleDraft[]): void {
    this.patch({ rules });
  }

  protected ruleAdded(rules: RuleDraft[]): void {
    this.patch({ rules });
    // Indices moved: faults found before would point at the wrong rule.
    this.serverErrors.set(RuleErrors.none);
  }

  protected rulesReordered(rules: RuleDraft[]): void {
    this.patch({ rules });
    this.serverErrors.set(RuleErrors.none);
    if (this.testing() !== null) {
      this.testing.set(null);
    }
  }

  /** A fault's place in words: "规则 2「生活补贴」· 条件 1.3" or the policy field. */
  protected errorPlace(error: LocatedError): string {
    return errorPlace(error, this.draft()?.rules ?? [], (key, ...args) => this.localization.t(key, ...args), this.localization.isChinese());
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
