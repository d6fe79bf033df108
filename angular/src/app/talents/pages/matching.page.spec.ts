import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { MatchingRunDto } from '../../proxy/models';
import { MatchingPage, POLL_INTERVAL_MS } from './matching.page';

const RUNS_URL = '/api/app/matching-runs';

const run = (patch: Partial<MatchingRunDto>): MatchingRunDto => ({
  id: 'r1', startedAt: '2026-11-28T00:00:00Z', completedAt: null, isRunning: true, total: 300, processed: 0, created: 0, changed: 0,
  revoked: 0, startedByName: '王芳', failure: null, ...patch,
});

describe('MatchingPage', () => {
  let fixture: ComponentFixture<MatchingPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MatchingPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: { 'Matching:Processed': '已处理 {0} / {1}' } });
    await loading;

    fixture = TestBed.createComponent(MatchingPage);
    fixture.detectChanges();
    await tick();
    flushList([]);
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
  });

  const element = (): HTMLElement => fixture.nativeElement;
  const byTestId = (id: string) => element().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function tick(ms = 0): Promise<void> {
    await new Promise(resolve => setTimeout(resolve, ms));
    fixture.detectChanges();
    await new Promise(resolve => setTimeout(resolve));
    fixture.detectChanges();
  }

  /** Answers every pending request for the run history. */
  function flushList(runs: MatchingRunDto[]): void {
    backend.match(r => r.method === 'GET' && r.url === RUNS_URL).forEach(request => request.flush(runs));
  }

  it('starts a run, polls its progress until it completes, then shows the summary', async () => {
    byTestId('matching-start')!.click();
    backend.expectOne(r => r.method === 'POST' && r.url === RUNS_URL).flush(run({}), { status: 202, statusText: 'Accepted' });
    await tick();
    flushList([run({})]);
    expect(byTestId('matching-current')!.getAttribute('data-running')).toBe('true');
    expect(byTestId('matching-summary')).toBeNull();

    await tick(POLL_INTERVAL_MS + 50);
    backend.expectOne(`${RUNS_URL}/r1`).flush(run({ processed: 150 }));
    await tick();
    expect(byTestId('matching-progress')!.getAttribute('data-percent')).toBe('50');
    expect(byTestId('matching-processed')!.textContent).toContain('已处理 150 / 300');

    await tick(POLL_INTERVAL_MS + 50);
    const done = run({ isRunning: false, processed: 300, created: 2, changed: 5, revoked: 1, completedAt: '2026-11-28T00:00:02Z' });
    backend.expectOne(`${RUNS_URL}/r1`).flush(done);
    await tick();
    flushList([done]);
    await tick();
    expect(byTestId('matching-progress')!.getAttribute('data-percent')).toBe('100');
    expect(byTestId('matching-summary')).not.toBeNull();
    expect(byTestId('matching-created')!.textContent).toContain('2');
    expect(byTestId('matching-revoked')!.textContent).toContain('1');

    // Polling has stopped.
    await tick(POLL_INTERVAL_MS + 50);
    backend.expectNone(`${RUNS_URL}/r1`);
  });

  it('says so when a run is already going, and follows that run', async () => {
    byTestId('matching-start')!.click();
    backend.expectOne(r => r.method === 'POST' && r.url === RUNS_URL).flush(
      { status: 409, detail: '本园区的免申即享匹配正在进行，请等待其完成。' }, { status: 409, statusText: 'Conflict' });
    await tick();
    expect(byTestId('matching-conflict')!.textContent).toContain('正在进行');
    const running = run({ id: 'r9', processed: 30, startedByName: null });
    flushList([running]);
    await tick();
    flushList([running]);
    expect(byTestId('matching-progress')!.getAttribute('data-percent')).toBe('10');
  });
});
