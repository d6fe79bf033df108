import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentNoticeDto } from '../../../proxy/models';
import { RecruitmentNoticeService } from '../../../proxy/services';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';

/** Records an objection (异议) to a listed candidate, received inside the 公示 period. */
@Component({
  selector: 'tr-objection-add-modal',
  imports: [ReactiveFormsModule, NzDatePickerModule, NzFormModule, NzInputModule, NzModalModule, NzSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!notice()" [nzTitle]="'Outcome:AddObjection' | t" [nzOkText]="'Common:Save' | t" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="objection-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-candidate">{{ 'Outcome:Candidate' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:Candidate' | t)">
              <nz-select nzId="objection-candidate" formControlName="applicationId" data-testid="objection-candidate">
                @for (entry of notice()?.entries ?? []; track entry.applicationId) {
                  <nz-option [nzValue]="entry.applicationId" [nzLabel]="entry.candidateName" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-by">{{ 'Outcome:RaisedBy' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:RaisedBy' | t)">
              <input nz-input id="objection-by" formControlName="raisedBy" data-testid="objection-by" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-at">{{ 'Outcome:ReceivedAt' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:ReceivedAt' | t)">
              <nz-date-picker nzId="objection-at" nzShowTime nzFormat="yyyy-MM-dd HH:mm" formControlName="receivedAt" data-testid="objection-at" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-content">{{ 'Outcome:ObjectionContent' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:ObjectionContent' | t)">
              <textarea nz-input id="objection-content" rows="4" formControlName="content" data-testid="objection-content"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class ObjectionAddModalComponent {
  private readonly api = inject(RecruitmentNoticeService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The 公示 the objection is to; the modal is open while it is set. */
  readonly notice = input<RecruitmentNoticeDto | null>(null);
  readonly applicationId = input<string | null>(null);
  readonly closed = output<void>();
  readonly saved = output<RecruitmentNoticeDto>();

  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    applicationId: ['', Validators.required],
    raisedBy: ['', [Validators.required, Validators.maxLength(128)]],
    content: ['', [Validators.required, Validators.maxLength(2000)]],
    receivedAt: new FormControl<Date | null>(null, Validators.required),
  });

  constructor() {
    effect(() => {
      if (this.notice()) {
        untracked(() => this.form.reset({ applicationId: this.applicationId() ?? '', raisedBy: '', content: '', receivedAt: new Date() }));
      }
    });
  }

  protected submit(): void {
    const notice = this.notice();
    if (!notice || this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.recruitmentNoticeAddObjection({
      id: notice.id,
      // An instant: the server takes its China date to check it falls inside the period.
      body: { applicationId: value.applicationId, raisedBy: value.raisedBy.trim(), content: value.content.trim(), receivedAt: value.receivedAt!.toISOString() },
    }).subscribe({
      next: saved => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: () => this.saving.set(false),
    });
  }
}
