import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of, switchMap } from 'rxjs';
import { fromDateOnly, toDateOnly } from '../../../core/http/date-only';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RecruitmentCampaignDto, RecruitmentNoticeDto } from '../../../proxy/models';
import { ApplicationService, RecruitmentNoticeService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { markAllDirty } from '../../../shared/forms/mark-all-dirty';
import { chinaToday } from '../../../shared/time/china-time';
import { campaignTitle, readyForPublicity } from '../shared/outcome-labels';

/** Drafts a 公示 of the proposed hires of a campaign and publishes it; the server computes its start and end dates. */
@Component({
  selector: 'tr-notice-publish-modal',
  imports: [
    ReactiveFormsModule, NzCheckboxModule, NzDatePickerModule, NzFormModule, NzInputModule, NzInputNumberModule, NzModalModule,
    NzSelectModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'Outcome:PublishTitle' | t" [nzOkText]="'Outcome:Publish' | t" [nzCancelText]="'Common:Cancel' | t"
              [nzOkLoading]="saving()" nzWidth="640px" (nzOnOk)="submit()" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="notice-publish-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="notice-campaign">{{ 'Outcome:Campaign' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:Campaign' | t)">
              <nz-select nzId="notice-campaign" formControlName="campaignId" data-testid="notice-campaign" nzShowSearch>
                @for (c of campaigns(); track c.id) {
                  <nz-option [nzValue]="c.id" [nzLabel]="c.code + ' ' + title(c)" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="notice-title">{{ 'Outcome:NoticeTitle' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:NoticeTitle' | t)">
              <input nz-input id="notice-title" formControlName="title" data-testid="notice-title" />
            </nz-form-control>
          </nz-form-item>
          <fieldset class="candidates">
            <legend>{{ 'Outcome:ProposedHires' | t }}</legend>
            @for (a of ready(); track a.id) {
              <label nz-checkbox class="candidate" [nzChecked]="selected().has(a.id)" (nzCheckedChange)="toggle(a.id, $event)"
                     [attr.data-testid]="'notice-candidate-' + a.id">
                {{ a.candidateName }} · {{ position(a.positionId) }} · {{ enumKey('RecruitmentStage', a.stage) | t }}
                @if (a.totalScore !== null) { · {{ a.totalScore }} }
              </label>
            } @empty {
              <p class="hint">{{ 'Outcome:NoReadyCandidates' | t }}</p>
            }
          </fieldset>
          <div class="row">
            <nz-form-item>
              <nz-form-label nzRequired nzFor="notice-published-on">{{ 'Outcome:PublishedOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="'Validation:Required' | t: ('Outcome:PublishedOn' | t)">
                <nz-date-picker nzId="notice-published-on" formControlName="publishedOn" data-testid="notice-published-on" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="notice-days">{{ 'Outcome:WorkingDays' | t }}</nz-form-label>
              <nz-form-control>
                <nz-input-number nzId="notice-days" formControlName="workingDays" [nzMin]="1" [nzMax]="60" data-testid="notice-days" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <p class="hint">{{ 'Outcome:PeriodHint' | t: form.controls.workingDays.value }}</p>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    fieldset.candidates { border: 1px solid #d9d9d9; border-radius: 6px; padding: 8px 12px; margin-bottom: 16px; }
    legend { font-size: 14px; width: auto; padding: 0 4px; margin: 0; border: 0; }
    .candidate { display: flex; margin: 4px 0; }
    .row { display: flex; gap: 16px; flex-wrap: wrap; }
    .hint { color: #595959; }
  `,
})
export class NoticePublishModalComponent {
  private readonly notices = inject(RecruitmentNoticeService);
  private readonly applications = inject(ApplicationService);
  private readonly localization = inject(LocalizationService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly open = input.required<boolean>();
  readonly campaigns = input.required<readonly RecruitmentCampaignDto[]>();
  readonly campaignId = input<string | null>(null);
  readonly closed = output<void>();
  /** The published 公示, or null when publication was refused after the draft was saved (the list shows the draft). */
  readonly published = output<RecruitmentNoticeDto | null>();

  protected readonly enumKey = enumKey;
  protected readonly saving = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly form = this.fb.group({
    campaignId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(256)]],
    workingDays: [7, [Validators.required, Validators.min(1), Validators.max(60)]],
    publishedOn: new FormControl<Date | null>(null, Validators.required),
  });
  private readonly chosenCampaign = toSignal(this.form.controls.campaignId.valueChanges, { initialValue: '' });
  private readonly candidates = rxResource({
    params: () => ({ campaignId: this.chosenCampaign() }),
    stream: ({ params }) => params.campaignId
      ? this.applications.applicationGetList({ campaignId: params.campaignId, status: 'Active' })
      : of([]),
  });
  protected readonly ready = computed(() => readyForPublicity(
    this.candidates.value() ?? [], this.campaigns().find(c => c.id === this.chosenCampaign())?.positions ?? []));

  constructor() {
    effect(() => {
      if (this.open()) {
        untracked(() => {
          this.selected.set(new Set());
          this.form.reset({ campaignId: this.campaignId() ?? '', title: '', workingDays: 7, publishedOn: fromDateOnly(chinaToday()) });
        });
      }
    });
    // A new campaign: a default title from it, and nobody chosen yet.
    this.form.controls.campaignId.valueChanges.subscribe(id => {
      const campaign = this.campaigns().find(c => c.id === id);
      this.selected.set(new Set());
      if (campaign) {
        this.form.controls.title.setValue(this.localization.t('Outcome:DefaultNoticeTitle', this.title(campaign)));
      }
    });
  }

  protected title(campaign: RecruitmentCampaignDto): string {
    return campaignTitle(campaign, this.localization.isChinese());
  }

  protected position(positionId: string): string {
    const position = this.campaigns().flatMap(c => c.positions).find(p => p.id === positionId);
    return position ? `${position.code} ${position.name}` : '';
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update(current => {
      const next = new Set(current);
      if (checked) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected submit(): void {
    if (this.form.invalid || this.selected().size === 0) {
      markAllDirty(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    // Drafted and published in one go; a refused publication leaves the draft in the list, to publish from there.
    this.notices.recruitmentNoticeCreate({
      body: { campaignId: value.campaignId, title: value.title.trim(), workingDays: value.workingDays, applicationIds: [...this.selected()] },
    }).pipe(
      switchMap(draft => this.notices.recruitmentNoticePublish({
        id: draft.id, body: { concurrencyStamp: draft.concurrencyStamp, publishedOn: toDateOnly(value.publishedOn!) },
      })),
    ).subscribe({
      next: notice => {
        this.saving.set(false);
        this.published.emit(notice);
      },
      error: () => {
        this.saving.set(false);
        this.published.emit(null);
      },
    });
  }
}
