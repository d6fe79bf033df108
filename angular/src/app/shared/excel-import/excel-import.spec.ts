import { HttpResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { Observable, of, Subject } from 'rxjs';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { ImportResultDto } from '../../proxy/models';
import { DEFAULT_IMPORT_TEST_IDS, ExcelApi, ExcelImportTestIds, importStage, importStepIndex } from './excel-import';
import { ExcelImportComponent } from './excel-import.component';

describe('import stages', () => {
  const result = (dryRun: boolean, errors: number): ImportResultDto => ({
    dryRun, totalRows: 3, importedRows: dryRun || errors ? 0 : 3,
    errors: Array.from({ length: errors }, (_, index) => ({ row: index + 2, column: '名称', message: '必填' })),
  });

  it('imports only after a clean dry run', () => {
    expect(importStage(null)).toBe('choose');
    expect(importStage(result(true, 2))).toBe('errors');
    expect(importStage(result(true, 0))).toBe('clean');
    expect(importStage(result(false, 0))).toBe('imported');
    expect(importStage(result(false, 1))).toBe('errors');
  });

  it('tells where an import stands', () => {
    expect(importStage(null)).toBe('choose');
    expect(importStage({ dryRun: true, errors: [{ row: 2, column: 'A', message: 'x' }], importedRows: 0, totalRows: 3 })).toBe('errors');
    expect(importStage({ dryRun: true, errors: [], importedRows: 0, totalRows: 3 })).toBe('clean');
    expect(importStage({ dryRun: false, errors: [], importedRows: 3, totalRows: 3 })).toBe('imported');
    expect(['choose', 'errors', 'clean', 'imported'].map(stage => importStepIndex(stage as never))).toEqual([0, 1, 2, 3]);
  });
});

/** A fake resource whose dry runs and imports the test answers by hand. */
class FakeExcel implements ExcelApi {
  readonly calls: { dryRun: boolean; answer: Subject<ImportResultDto> }[] = [];
  constructor(readonly withExport: boolean) {}
  template(): Observable<HttpResponse<unknown>> {
    return of(new HttpResponse({ body: new Blob() }));
  }
  get export(): (() => Observable<HttpResponse<unknown>>) | undefined {
    return this.withExport ? () => of(new HttpResponse({ body: new Blob() })) : undefined;
  }
  import(_file: Blob, dryRun: boolean): Observable<ImportResultDto> {
    const answer = new Subject<ImportResultDto>();
    this.calls.push({ dryRun, answer });
    return answer;
  }
}

@Component({
  imports: [ExcelImportComponent],
  template: `
    <tr-excel-import [api]="api()" [canWrite]="canWrite()" templateFileName="t.xlsx" [testIds]="ids" [session]="session()"
                     (imported)="imported.push($event)">
      <p data-testid="projected">hint</p>
    </tr-excel-import>
  `,
})
class HostComponent {
  readonly api = signal<ExcelApi>(new FakeExcel(true));
  readonly canWrite = signal(true);
  readonly session = signal(0);
  ids: ExcelImportTestIds = DEFAULT_IMPORT_TEST_IDS;
  readonly imported: ImportResultDto[] = [];
}

describe('ExcelImportComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HostComponent;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    const backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: {} });
    await loading;
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    fixture.detectChanges();
  });

  afterEach(() => fixture.destroy());

  const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const button = (id: string) => byTestId(id) as HTMLButtonElement;

  function chooseFile(name = 'units.xlsx'): void {
    const input = byTestId('import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], name)], configurable: true });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  const clean: ImportResultDto = { dryRun: true, errors: [], importedRows: 0, totalRows: 3 };

  it('imports only after a clean dry run, then tells the page', () => {
    const api = host.api() as FakeExcel;
    expect(byTestId('projected')).not.toBeNull();
    expect(button('import-check').disabled).toBe(true);
    chooseFile();
    expect(button('import-check').disabled).toBe(false);
    expect(button('import-run').disabled).toBe(true);

    button('import-check').click();
    api.calls[0].answer.next({ ...clean, errors: [{ row: 2, column: '名称', message: '必填' }] });
    fixture.detectChanges();
    expect(api.calls[0].dryRun).toBe(true);
    expect(byTestId('import-errors')?.textContent).toContain('必填');
    expect(button('import-run').disabled).toBe(true);

    button('import-check').click();
    api.calls[1].answer.next(clean);
    fixture.detectChanges();
    expect(button('import-run').disabled).toBe(false);

    button('import-run').click();
    api.calls[2].answer.next({ dryRun: false, errors: [], importedRows: 3, totalRows: 3 });
    fixture.detectChanges();
    expect(api.calls[2].dryRun).toBe(false);
    expect(host.imported.map(result => result.importedRows)).toEqual([3]);
    expect(byTestId('import-result')).not.toBeNull();
  });

  it('clears the result for another resource and everything for a new session', () => {
    chooseFile();
    button('import-check').click();
    (host.api() as FakeExcel).calls[0].answer.next(clean);
    fixture.detectChanges();
    expect(byTestId('import-result')).not.toBeNull();

    host.api.set(new FakeExcel(false));
    fixture.detectChanges();
    expect(byTestId('import-result')).toBeNull();
    expect(byTestId('import-export')).toBeNull();
    expect(button('import-check').disabled).toBe(false);

    host.session.set(1);
    fixture.detectChanges();
    expect(button('import-check').disabled).toBe(true);
  });

  it('offers downloads only to a reader, and keeps a page’s own test ids', () => {
    host.canWrite.set(false);
    fixture.detectChanges();
    expect(byTestId('import-template')).not.toBeNull();
    expect(byTestId('import-choose')).toBeNull();

    fixture.destroy();
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.ids = { ...DEFAULT_IMPORT_TEST_IDS, template: 'certification-template', run: 'certification-run-import' };
    fixture.detectChanges();
    expect(byTestId('certification-template')).not.toBeNull();
    expect(byTestId('certification-run-import')).not.toBeNull();
  });
});
