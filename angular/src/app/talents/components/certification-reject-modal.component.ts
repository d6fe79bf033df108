import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TalentCertificationDto } from '../../proxy/models';
import { TalentCertificationService } from '../../proxy/services';

/** Rejects a pending application; the comment is required, so the applicant learns why. */
@Component({
  selector: 'tr-certification-reject-modal',
  imports: [FormsModule, NzModalModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!certification()" [nzTitle]="'Certifications:RejectTitle' | t: (certification()?.profileName ?? '')" [nzOkText]="'Certifications:Reject' | t"
              [nzOkDanger]="true" [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="reject()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <textarea nz-input rows="4" maxlength="500" [ngModel]="comment()" (ngModelChange)="comment.set($event)"
                  [placeholder]="'Certifications:CommentRequired' | t" [attr.aria-label]="'Certifications:Comment' | t" data-testid="certification-comment"></textarea>
        @if (touched() && !comment().trim()) {
          <div class="field-error" data-testid="certification-comment-error">{{ 'Certifications:CommentRequired' | t }}</div>
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `.field-error { color: #cf1322; font-size: 12px; }`,
})
export class CertificationRejectModalComponent {
  private readonly api = inject(TalentCertificationService);

  /** The application to reject; null: closed. */
  readonly certification = input<TalentCertificationDto | null>(null);
  readonly closed = output<void>();
  /** The request ended: true when rejected, false when the server refused (the list is stale then too). */
  readonly decided = output<boolean>();

  protected readonly comment = signal('');
  protected readonly touched = signal(false);
  protected readonly saving = signal(false);

  constructor() {
    effect(() => {
      if (this.certification()) {
        this.comment.set('');
        this.touched.set(false);
      }
    });
  }

  protected reject(): void {
    const certification = this.certification();
    const comment = this.comment().trim();
    this.touched.set(true);
    if (!certification || !comment) {
      return;
    }
    this.saving.set(true);
    this.api.talentCertificationReject({ id: certification.id, body: { comment, concurrencyStamp: certification.concurrencyStamp } }).subscribe({
      next: () => {
        this.saving.set(false);
        this.decided.emit(true);
      },
      error: () => {
        this.saving.set(false);
        this.decided.emit(false);
      },
    });
  }
}
