import { HttpErrorResponse } from '@angular/common/http';
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
import { ImportResource, ImportResultDto, OrgContractService } from '../shared/contract';

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
  private readonly contract = inject(OrgContractService);
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
  protected readonly unavailable = signal(false);
  protected readonly stage = computed(() => importStage(this.result()));
  protected readonly stepIndex = computed(() => ({ choose: 0, errors: 1, clean: 1, imported: 2 })[this.stage()]);

  protected templateUrl(): string {
    return this.contract.fileUrl(this.resource(), 'import-template');
  }

  protected exportUrl(): string {
    return this.contract.fileUrl(this.resource(), 'export');
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
    this.contract.import(this.resource(), file, dryRun).subscribe({
      next: result => {
        this.busy.set(false);
        this.result.set(result);
        if (!result.dryRun && result.errors.length === 0) {
          this.messages.success(this.localization.t('Import:Imported', result.importedRows));
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.unavailable.set(error instanceof HttpErrorResponse && error.status === 404);
      },
    });
  }
}
