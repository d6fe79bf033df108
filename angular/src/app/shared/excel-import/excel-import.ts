import { HttpResponse } from '@angular/common/http';
import { Observable } from 'rxjs';
import { ImportResultDto } from '../../proxy/models';

/** The generated client's Excel operations of one resource (export only where the server has one). */
export interface ExcelApi {
  template(): Observable<HttpResponse<unknown>>;
  export?(): Observable<HttpResponse<unknown>>;
  import(file: Blob, dryRun: boolean): Observable<ImportResultDto>;
}

/** Which step the import is at: nothing checked, checked with errors, checked clean, imported. */
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

/** The step shown as current: choosing, checking (failed), importing (the check passed), or all done. */
export function importStepIndex(stage: ImportStage): number {
  return { choose: 0, errors: 1, clean: 2, imported: 3 }[stage];
}

/** The data-testid of each control; a page that had its own ids before keeps them (the browser tests use them). */
export interface ExcelImportTestIds {
  template: string;
  export: string;
  choose: string;
  file: string;
  check: string;
  run: string;
  result: string;
  errors: string;
}

export const DEFAULT_IMPORT_TEST_IDS: ExcelImportTestIds = {
  template: 'import-template',
  export: 'import-export',
  choose: 'import-choose',
  file: 'import-file',
  check: 'import-check',
  run: 'import-run',
  result: 'import-result',
  errors: 'import-errors',
};
