import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTableModule } from 'ng-zorro-antd/table';
import { saveFile } from '../../core/http/download';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ImportResultDto } from '../../proxy/models';
import { DEFAULT_IMPORT_TEST_IDS, ExcelApi, ExcelImportTestIds, importStage, importStepIndex } from './excel-import';

/**
 * The one Excel (.xlsx) import flow of the app: download the template (or an export), upload for a dry
 * run that lists every row error (row, column, message), and import only when the file is clean (the
 * server imports all rows or none). Content projected between the steps and the buttons (a resource
 * choice, a hint) belongs to the page.
 */
@Component({
  selector: 'tr-excel-import',
  imports: [NzButtonModule, NzIconModule, NzTableModule, NzAlertModule, NzStepsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './excel-import.component.html',
  styles: `
    :host { display: block; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .file-name { color: #595959; }
    .steps { margin-bottom: 24px; }
    .result { display: block; margin-bottom: 16px; }
    input[type='file'] { display: none; }
  `,
})
export class ExcelImportComponent {
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  /** The resource's operations; choosing another resource clears the last result. */
  readonly api = input.required<ExcelApi>();
  /** Names the downloads are saved under when the server gives none. */
  readonly templateFileName = input.required<string>();
  readonly exportFileName = input<string | null>(null);
  /** Whether the user may import (download only otherwise). */
  readonly canWrite = input(true);
  readonly errorPageSize = input(20);
  readonly testIds = input<ExcelImportTestIds>(DEFAULT_IMPORT_TEST_IDS);
  /** A new value starts over (no file, no result), e.g. each time the page opens its import dialog. */
  readonly session = input(0);
  /** After a clean import (the page reloads its list). */
  readonly imported = output<ImportResultDto>();

  protected readonly file = linkedSignal<number, File | null>({ source: () => this.session(), computation: () => null });
  protected readonly result = linkedSignal<unknown, ImportResultDto | null>({
    source: () => [this.session(), this.api()],
    computation: () => null,
  });
  protected readonly busy = signal(false);
  protected readonly downloading = signal<'template' | 'export' | null>(null);
  protected readonly stage = computed(() => importStage(this.result()));
  protected readonly stepIndex = computed(() => importStepIndex(this.stage()));

  /** Downloads the empty template or the current data (a blob, saved under the server's file name). */
  protected download(kind: 'template' | 'export'): void {
    const api = this.api();
    const request = kind === 'template' ? api.template() : api.export?.();
    if (!request) {
      return;
    }
    const fallbackName = kind === 'template' ? this.templateFileName() : (this.exportFileName() ?? this.templateFileName());
    this.downloading.set(kind);
    request.subscribe({
      next: response => {
        this.downloading.set(null);
        saveFile(response, fallbackName);
      },
      error: () => this.downloading.set(null),
    });
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    input.value = '';
  }

  /** Dry run (the server checks every row and writes nothing), or the import itself. */
  protected send(dryRun: boolean): void {
    const file = this.file();
    if (!file) {
      return;
    }
    this.busy.set(true);
    this.api().import(file, dryRun).subscribe({
      next: result => {
        this.busy.set(false);
        this.result.set(result);
        if (!result.dryRun && result.errors.length === 0) {
          this.messages.success(this.localization.t('Import:Imported', result.importedRows));
          this.imported.emit(result);
        }
      },
      // The message of a refused file (e.g. not an .xlsx) is shown by the global error handler.
      error: () => this.busy.set(false),
    });
  }
}
