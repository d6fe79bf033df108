import { HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { NzTableModule } from 'ng-zorro-antd/table';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { LocalizationService } from '../../core/i18n/localization.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { Observable } from 'rxjs';
import { saveFile } from '../../core/http/download';
import { ImportResultDto } from '../../proxy/models';
import { OrgUnitService, PersonService, PostService } from '../../proxy/services';

export type ImportResource = 'org-units' | 'posts' | 'persons';

interface ResourceOption {
  resource: ImportResource;
  textKey: string;
  read: string;
  write: string;
}

const RESOURCES: readonly ResourceOption[] = [
  { resource: 'org-units', textKey: 'Import:OrgUnits', read: Permissions.OrgUnits.Default, write: Permissions.OrgUnits.Create },
  { resource: 'posts', textKey: 'Import:Posts', read: Permissions.Posts.Default, write: Permissions.Posts.Create },
  { resource: 'persons', textKey: 'Import:Persons', read: Permissions.Persons.Default, write: Permissions.Persons.Create },
];

/** The generated client's Excel operations of one resource. */
interface ExcelApi {
  template(): Observable<HttpResponse<unknown>>;
  export(): Observable<HttpResponse<unknown>>;
  import(file: Blob, dryRun: boolean): Observable<ImportResultDto>;
}

/** Which step the import is at: nothing chosen, checked with errors, checked clean, imported. */
export type ImportStage = 'choose' | 'errors' | 'clean' | 'imported';

export function importStage(result: ImportResultDto | null): ImportStage {
  if (!result) {
    return 'choose';
  }
  if (result.errors.length > 0) {
    return 'errors';
  }
  return result.dryRun ? 'clean' : 'imported';
}

/**
 * Excel (.xlsx) import: download the template or an export, upload for a dry run that lists every
 * row error (row, column, message), and import only when the file is clean (the server imports all
 * rows or none).
 */
@Component({
  selector: 'tr-import-page',
  imports: [FormsModule, NzCardModule, NzRadioModule, NzButtonModule, NzIconModule, NzTableModule, NzAlertModule, NzStepsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styles: `
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
    .file-name { color: #595959; }
    .steps { margin-bottom: 24px; }
    .result { margin-bottom: 16px; }
    input[type='file'] { display: none; }
  `,
})
export class ImportPage {
  private readonly orgUnitApi = inject(OrgUnitService);
  private readonly postApi = inject(PostService);
  private readonly personApi = inject(PersonService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  private readonly localization = inject(LocalizationService);

  protected readonly resources = RESOURCES.filter(option => this.auth.isGranted(option.read));
  protected readonly resource = signal<ImportResource>(this.resources[0]?.resource ?? 'org-units');
  protected readonly canWrite = computed(() => {
    const option = RESOURCES.find(item => item.resource === this.resource());
    return !!option && this.auth.isGranted(option.write);
  });
  protected readonly file = signal<File | null>(null);
  protected readonly result = signal<ImportResultDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly downloading = signal<'template' | 'export' | null>(null);
  protected readonly stage = computed(() => importStage(this.result()));
  /** The current step: choosing, checking (failed), importing (the check passed), or all done. */
  protected readonly stepIndex = computed(() => ({ choose: 0, errors: 1, clean: 2, imported: 3 })[this.stage()]);

  private readonly excel: Record<ImportResource, ExcelApi> = {
    'org-units': {
      template: () => this.orgUnitApi.orgUnitGetImportTemplate$Response(),
      export: () => this.orgUnitApi.orgUnitExport$Response(),
      import: (file, dryRun) => this.orgUnitApi.orgUnitImport({ dryRun, body: { file } }),
    },
    posts: {
      template: () => this.postApi.postGetImportTemplate$Response(),
      export: () => this.postApi.postExport$Response(),
      import: (file, dryRun) => this.postApi.postImport({ dryRun, body: { file } }),
    },
    persons: {
      template: () => this.personApi.personGetImportTemplate$Response(),
      export: () => this.personApi.personExport$Response(),
      import: (file, dryRun) => this.personApi.personImport({ dryRun, body: { file } }),
    },
  };

  /** Downloads the empty template or the current data (a blob, saved under the server's file name). */
  protected download(kind: 'template' | 'export'): void {
    const resource = this.resource();
    this.downloading.set(kind);
    const request = kind === 'template' ? this.excel[resource].template() : this.excel[resource].export();
    request.subscribe({
      next: response => {
        this.downloading.set(null);
        saveFile(response, `${resource}${kind === 'template' ? '-template' : ''}.xlsx`);
      },
      error: () => this.downloading.set(null),
    });
  }

  protected chooseResource(resource: ImportResource): void {
    this.resource.set(resource);
    this.result.set(null);
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.result.set(null);
    input.value = '';
  }

  /** Dry run: the server checks every row and writes nothing. */
  protected check(): void {
    this.send(true);
  }

  protected import(): void {
    this.send(false);
  }

  private send(dryRun: boolean): void {
    const file = this.file();
    if (!file) {
      return;
    }
    this.busy.set(true);
    this.excel[this.resource()].import(file, dryRun).subscribe({
      next: result => {
        this.busy.set(false);
        this.result.set(result);
        if (!result.dryRun && result.errors.length === 0) {
          this.messages.success(this.localization.t('Import:Imported', result.importedRows));
        }
      },
      // The message of a refused file (e.g. not an .xlsx) is shown by the global error handler.
      error: () => this.busy.set(false),
    });
  }
}
