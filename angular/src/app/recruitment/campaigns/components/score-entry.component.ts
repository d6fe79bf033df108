import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { forkJoin, Observable } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { LocalizationService } from '../../../core/i18n/localization.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ApplicationDto, IFormFile } from '../../../proxy/models';
import { ApplicationService } from '../../../proxy/services';
import { enumKey } from '../../../shared/enums/enums';
import { ExcelImportComponent } from '../../../shared/excel-import/excel-import.component';
import { ExcelApi, ExcelImportTestIds } from '../../../shared/excel-import/excel-import';
import { CAMPAIGN_STYLES, INLINE_ERRORS } from '../shared/campaign-texts';
import { InlineAction } from '../shared/inline-action';
import { scoreDraft, ScoreDraft, scoreEditable } from '../shared/scores';

const IMPORT_TEST_IDS: ExcelImportTestIds = {
  template: 'score-import-template',
  export: 'score-import-export',
  choose: 'score-import-upload',
  file: 'score-import-file',
  check: 'score-import-dry-run',
  run: 'score-import-apply',
  result: 'score-import-result',
  errors: 'score-import-errors',
};

/** 笔试/面试 scores per candidate, entered inline (only at the stage that takes them), and the campaign's Excel score import. */
@Component({
  selector: 'tr-score-entry',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzTableModule, TranslatePipe, ExcelImportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error()) {
      <nz-alert class="inline-error" nzType="error" nzShowIcon nzCloseable [nzMessage]="error()!" role="alert" data-testid="score-error"
                (nzOnClose)="error.set(null)" />
    }
    <div class="table-scroll">
      <nz-table #table nzSize="small" [nzData]="rows()" [nzShowPagination]="false" data-testid="score-table">
        <caption class="sr-only">{{ 'CampaignUi:ScoreEntry' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'CampaignUi:CandidateName' | t }}</th>
            <th scope="col">{{ 'CampaignUi:Stage' | t }}</th>
            <th scope="col">{{ 'CampaignUi:WrittenScore' | t }}</th>
            <th scope="col">{{ 'CampaignUi:InterviewScore' | t }}</th>
            <th scope="col">{{ 'CampaignUi:TotalScore' | t }}</th>
            <th scope="col">{{ 'Common:Actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track row.application.id) {
            <tr data-testid="score-row" [attr.data-candidate]="row.application.candidateName">
              <td>{{ row.application.candidateName }}</td>
              <td>{{ enumKey('RecruitmentStage', row.application.stage) | t }}</td>
              <td>
                <input nz-input class="score" type="number" min="0" max="100" step="0.01" [(ngModel)]="row.draft.written"
                       [disabled]="!canEnter() || !editable(row.application, 'WrittenExam')" data-testid="score-written"
                       [attr.aria-label]="('CampaignUi:WrittenScore' | t) + ' ' + row.application.candidateName" />
              </td>
              <td>
                <input nz-input class="score" type="number" min="0" max="100" step="0.01" [(ngModel)]="row.draft.interview"
                       [disabled]="!canEnter() || !editable(row.application, 'Interview')" data-testid="score-interview"
                       [attr.aria-label]="('CampaignUi:InterviewScore' | t) + ' ' + row.application.candidateName" />
              </td>
              <td>{{ row.application.totalScore ?? '—' }}</td>
              <td>
                @if (canEnter() && (editable(row.application, 'WrittenExam') || editable(row.application, 'Interview'))) {
                  <button nz-button nzSize="small" nzType="primary" (click)="save(row.application, row.draft)" [nzLoading]="busy() === row.application.id"
                          data-testid="score-save" [attr.aria-label]="('Common:Save' | t) + ' ' + row.application.candidateName">
                    {{ 'Common:Save' | t }}</button>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    </div>
    <h3 class="section-heading">{{ 'CampaignUi:ScoreImport' | t }}</h3>
    <p class="hint">{{ 'CampaignUi:ScoreImportHint' | t }}</p>
    <tr-excel-import [api]="excelApi()" templateFileName="score-import-template.xlsx" [canWrite]="canEnter()" [testIds]="importTestIds"
                     (imported)="changed.emit()" />
  `,
  styles: [CAMPAIGN_STYLES, `.score { width: 96px; }`],
})
export class ScoreEntryComponent {
  private readonly api = inject(ApplicationService);
  private readonly auth = inject(AuthService);
  private readonly localization = inject(LocalizationService);
  private readonly messages = inject(NzMessageService);

  readonly campaignId = input.required<string>();
  readonly applications = input.required<readonly ApplicationDto[]>();
  readonly changed = output<void>();

  protected readonly enumKey = enumKey;
  protected readonly editable = scoreEditable;
  protected readonly importTestIds = IMPORT_TEST_IDS;
  protected readonly canEnter = computed(() => this.auth.isGranted(Permissions.RecruitmentCampaigns.EnterScores));
  private readonly action = new InlineAction();
  protected readonly busy = this.action.busy;
  protected readonly error = this.action.error;
  /** The candidates still in the race, each with an editable copy of their scores. */
  protected readonly rows = computed(() => this.applications()
    .filter(a => a.status !== 'Withdrawn')
    .map(application => ({ application, draft: scoreDraft(application) })));
  protected readonly excelApi = computed<ExcelApi>(() => {
    const campaignId = this.campaignId();
    return {
      template: () => this.api.applicationGetImportTemplate$Response(),
      import: (file: Blob, dryRun: boolean) =>
        this.api.applicationImportScores({ campaignId, dryRun, body: { file: file as unknown as IFormFile } }),
    };
  });

  /** Saves the score the candidate's stage takes (the server refuses a score at another stage or out of range). */
  protected save(application: ApplicationDto, draft: ScoreDraft): void {
    const requests: Observable<ApplicationDto>[] = [];
    if (scoreEditable(application, 'WrittenExam') && draft.written !== null && draft.written !== application.writtenScore) {
      requests.push(this.api.applicationEnterWrittenScore({ id: application.id, body: { score: Number(draft.written) } }, INLINE_ERRORS()));
    }
    if (scoreEditable(application, 'Interview') && draft.interview !== null && draft.interview !== application.interviewScore) {
      requests.push(this.api.applicationEnterInterviewScore({ id: application.id, body: { score: Number(draft.interview) } }, INLINE_ERRORS()));
    }
    if (requests.length === 0) {
      return;
    }
    this.action.run(application.id, forkJoin(requests), () => {
      this.messages.success(this.localization.t('Common:SavedSuccessfully'));
      this.changed.emit();
    }, `${application.candidateName}: `);
  }
}
