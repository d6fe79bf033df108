import { HttpContext, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Observable } from 'rxjs';
import { SKIP_GLOBAL_ERROR_HANDLING } from '../core/http/http-context-tokens';
import { problemMessage } from '../core/http/problem-details';
import { LocalizationService } from '../core/i18n/localization.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ApprovalDecisionKind, ApprovalInboxItemDto, DecideApprovalDto } from '../proxy/models';

/** The pending step as the panel shows it: from the approvals inbox, or from a document's own steps. */
export interface DecisionStep {
  nameZh: string;
  nameEn?: string | null;
  dueAt: string | null;
  isOverdue: boolean;
  remainingWorkingDays?: number | null;
  /** Shown as "step n of m" when known. */
  sequence?: number;
  stepCount?: number;
}

/** An approvals-inbox item as the panel's step. */
function inboxDecisionStep(item: ApprovalInboxItemDto): DecisionStep {
  return {
    nameZh: item.stepNameZh, nameEn: item.stepNameEn, dueAt: item.dueAt, isOverdue: item.isOverdue,
    remainingWorkingDays: item.remainingWorkingDays, sequence: item.sequence, stepCount: item.stepCount,
  };
}
import { enumKey } from '../shared/enums/enums';
import { chinaTime, remainingText } from '../shared/time/china-time';

/**
 * The caller's pending approval step of a document and the decision on it: approve, return or reject with a comment.
 * One panel for every document kind: `decide` posts to the kind's own endpoint; the server's refusal is shown here and
 * its status told to the page (`refused`), which may reload what someone else changed first (409).
 */
@Component({
  selector: 'tr-approval-decision',
  imports: [FormsModule, NzRadioModule, NzInputModule, NzButtonModule, NzPopconfirmModule, NzAlertModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = view();
    <section class="decision" data-testid="decision-panel" [attr.aria-label]="'Approvals:Decision' | t">
      <h3 class="title">{{ 'Approvals:DecisionTitle' | t: (localization.isChinese() ? s.nameZh : s.nameEn || s.nameZh) }}</h3>
      <p [class.overdue]="s.isOverdue">
        @if (s.sequence && s.stepCount) { {{ 'Approvals:StepOf' | t: s.sequence : s.stepCount }} · }
        @if (s.dueAt) { {{ 'Approvals:DueAt' | t }} {{ time(s.dueAt) }} }
        @if (remaining(); as rest) { · {{ rest.key | t: rest.days }} }
      </p>
      <nz-radio-group [ngModel]="decision()" (ngModelChange)="decision.set($event)" [attr.aria-label]="'Approvals:Decision' | t">
        <label nz-radio-button nzValue="Approve" data-testid="decision-approve">{{ 'Enum:ApprovalDecisionKind.Approve' | t }}</label>
        <label nz-radio-button nzValue="Return" data-testid="decision-return">{{ 'Enum:ApprovalDecisionKind.Return' | t }}</label>
        <label nz-radio-button nzValue="Reject" data-testid="decision-reject">{{ 'Enum:ApprovalDecisionKind.Reject' | t }}</label>
      </nz-radio-group>
      <textarea nz-input rows="2" class="comment" [ngModel]="comment()" (ngModelChange)="comment.set($event)" data-testid="decision-comment"
                [attr.aria-label]="'Approvals:Comment' | t"
                [placeholder]="(decision() === 'Approve' ? 'Approvals:CommentOptional' : 'Approvals:CommentRequired') | t"></textarea>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="decision-error" class="error"></nz-alert>
      }
      <button nz-button nzType="primary" [nzDanger]="decision() === 'Reject'" [disabled]="commentMissing() || busy()" nz-popconfirm
              [nzPopconfirmTitle]="'Approvals:DecideConfirm' | t: (enumKey('ApprovalDecisionKind', decision()) | t)" (nzOnConfirm)="submit()"
              data-testid="decision-submit">
        {{ 'Approvals:Confirm' | t }}
      </button>
    </section>
  `,
  styles: `
    .decision { border: 1px solid #91caff; background: #f0f7ff; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
    .title { font-size: 15px; margin: 0 0 4px; }
    .overdue { color: #cf1322; font-weight: 600; }
    .comment { margin: 8px 0; }
    .error { margin-bottom: 8px; }
  `,
})
export class ApprovalDecisionComponent {
  protected readonly localization = inject(LocalizationService);

  /** The step: an approvals-inbox item, or a document's own step. */
  readonly step = input.required<DecisionStep | ApprovalInboxItemDto>();
  readonly decide = input.required<(body: DecideApprovalDto, context: HttpContext) => Observable<unknown>>();
  /** The decision is recorded: the endpoint's answer (e.g. the document as it is now). */
  readonly decided = output<unknown>();
  /** The server refused: its HTTP status. */
  readonly refused = output<number>();

  protected readonly enumKey = enumKey;
  protected readonly time = chinaTime;
  protected readonly decision = signal<ApprovalDecisionKind>('Approve');
  protected readonly comment = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly commentMissing = computed(() => this.decision() !== 'Approve' && !this.comment().trim());
  protected readonly view = computed((): DecisionStep => {
    const step = this.step();
    return 'stepId' in step ? inboxDecisionStep(step) : step;
  });
  protected readonly remaining = computed(() => remainingText(this.view().remainingWorkingDays));

  protected submit(): void {
    if (this.commentMissing()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    // Refusals (not your step, decided by someone else) are shown in the panel, not on a 403 page.
    const context = new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true);
    this.decide()({ decision: this.decision(), comment: this.comment().trim() || null }, context).subscribe({
      next: answer => {
        this.busy.set(false);
        this.comment.set('');
        this.decided.emit(answer);
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(problemMessage(error) ?? this.localization.t('Error:Unexpected'));
        this.refused.emit(error.status);
      },
    });
  }
}
