import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { OrgUnitService, PersonService, PostService } from '../../proxy/services';
import { ExcelApi } from '../../shared/excel-import/excel-import';
import { ExcelImportComponent } from '../../shared/excel-import/excel-import.component';

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

/** Excel import of units, posts and persons: one resource at a time, through the shared import flow. */
@Component({
  selector: 'tr-import-page',
  imports: [FormsModule, NzCardModule, NzRadioModule, TranslatePipe, ExcelImportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styles: `
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 16px; }
  `,
})
export class ImportPage {
  private readonly orgUnitApi = inject(OrgUnitService);
  private readonly postApi = inject(PostService);
  private readonly personApi = inject(PersonService);
  private readonly auth = inject(AuthService);

  protected readonly resources = RESOURCES.filter(option => this.auth.isGranted(option.read));
  protected readonly resource = signal<ImportResource>(this.resources[0]?.resource ?? 'org-units');
  protected readonly canWrite = computed(() => {
    const option = RESOURCES.find(item => item.resource === this.resource());
    return !!option && this.auth.isGranted(option.write);
  });

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
  /** Choosing another resource clears the last result (the chosen file stays). */
  protected readonly api = computed(() => this.excel[this.resource()]);
}
