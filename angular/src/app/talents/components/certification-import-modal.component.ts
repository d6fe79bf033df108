import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TalentCertificationService } from '../../proxy/services';
import { ExcelApi, ExcelImportTestIds } from '../../shared/excel-import/excel-import';
import { ExcelImportComponent } from '../../shared/excel-import/excel-import.component';

/** Certifications granted elsewhere, imported from Excel through the shared flow; each opening starts over. */
@Component({
  selector: 'tr-certification-import-modal',
  imports: [NzModalModule, TranslatePipe, ExcelImportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="open()" [nzTitle]="'Certifications:ImportTitle' | t" [nzFooter]="null" nzWidth="760px" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <tr-excel-import [api]="excel" templateFileName="talent-certifications-template.xlsx" [errorPageSize]="10" [testIds]="testIds"
                         [session]="session()" (imported)="imported.emit()">
          <p class="muted">{{ 'Certifications:ImportHint' | t }}</p>
        </tr-excel-import>
      </ng-container>
    </nz-modal>
  `,
  styles: `.muted { color: #595959; }`,
})
export class CertificationImportModalComponent {
  private readonly api = inject(TalentCertificationService);

  readonly open = input.required<boolean>();
  readonly closed = output<void>();
  readonly imported = output<void>();

  protected readonly session = signal(0);
  protected readonly testIds: ExcelImportTestIds = {
    template: 'certification-template',
    export: 'certification-export',
    choose: 'certification-choose',
    file: 'certification-file',
    check: 'certification-check',
    run: 'certification-run-import',
    result: 'certification-import-result',
    errors: 'certification-import-errors',
  };
  protected readonly excel: ExcelApi = {
    template: () => this.api.talentCertificationGetImportTemplate$Response(),
    import: (file, dryRun) => this.api.talentCertificationImport({ dryRun, body: { file } }),
  };

  constructor() {
    effect(() => {
      if (this.open()) {
        untracked(() => this.session.update(session => session + 1));
      }
    });
  }
}
