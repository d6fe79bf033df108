import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ObjectionResolution, RecruitmentNoticeDto, RecruitmentNoticeObjectionDto } from '../../../proxy/models';
import { RecruitmentNoticeService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';

/** Resolves an objection after 核查: upheld fails the candidate (递补 applies), dismissed is recorded and the hire may go on. */
@Component({
  selector: 'tr-objection-resolve-modal',
  imports: [ReactiveFormsModule, NzAlertModule, NzFormModule, NzInputModule, NzModalModule, NzRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="!!objection()" [nzTitle]="'Outcome:ResolveObjection' | t" [nzOkText]="'Common:Save' | t"
              [nzCancelText]="'Common:Cancel' | t" [nzOkLoading]="saving()" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <blockquote class="content">{{ objection()?.content }}</blockquote>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="objection-resolve-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-resolution">{{ 'Outcome:Resolution' | t }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group id="objection-resolution" role="radiogroup" formControlName="resolution" data-testid="objection-resolution"
                              [attr.aria-label]="'Outcome:Resolution' | t">
                @for (value of resolutions; track value) {
                  <label nz-radio [nzValue]="value" [attr.data-testid]="'objection-resolution-' + value">{{ enumKey('ObjectionResolution', value) | t }}</label>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          @if (form.controls.resolution.value === 'Upheld') {
            <nz-alert nzType="warning" nzShowIcon [nzMessage]="'Outcome:UpheldWarning' | t" />
            <br />
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="objection-note">{{ 'Outcome:ResolutionNote' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:ResolutionNote' | t)">
              <textarea nz-input id="objection-note" rows="3" formControlName="note" data-testid="objection-note"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `.content { border-left: 3px solid #d9d9d9; padding-left: 8px; margin: 0 0 16px; white-space: pre-wrap; }`,
})
export class ObjectionResolveModalComponent {
  private readonly api = inject(RecruitmentNoticeService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly notice = input<RecruitmentNoticeDto | null>(null);
  /** The objection to resolve; the modal is open while it is set. */
  readonly objection = input<RecruitmentNoticeObjectionDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<RecruitmentNoticeDto>();

  protected readonly enumKey = enumKey;
  protected readonly resolutions: readonly ObjectionResolution[] = ['Dismissed', 'Upheld'];
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    resolution: ['Dismissed' as ObjectionResolution, Validators.required],
    note: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  constructor() {
    effect(() => {
      if (this.objection()) {
        untracked(() => this.form.reset({ resolution: 'Dismissed', note: '' }));
      }
    });
  }

  protected submit(): void {
    const notice = this.notice();
    const objection = this.objection();
    if (!notice || !objection || this.form.invalid) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api.recruitmentNoticeResolveObjection({ id: notice.id, objectionId: objection.id, body: { resolution: value.resolution, note: value.note.trim() } })
      .subscribe({
        next: saved => {
          this.saving.set(false);
          this.saved.emit(saved);
        },
        error: () => this.saving.set(false),
      });
  }
}
