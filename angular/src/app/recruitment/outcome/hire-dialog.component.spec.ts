import { registerLocaleData } from '@angular/common';
import zh from '@angular/common/locales/zh';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { HireResultDto, HireSeatPreviewDto } from '../../proxy/models';
import { HireDialogComponent } from './hire-dialog.component';

const PREVIEW: HireSeatPreviewDto = {
  applicationId: 'a1', campaignProbationMonths: 3, candidateName: '王*明', minimumServiceYears: 5, orgUnitId: 'u1', poolLoanId: 'l1',
  poolSlotCode: 'POOL-007', postCode: 'ZP-1', postId: 'p1', postVacant: true, regularVacant: 0, seatKind: 'Pool',
};

// The date picker formats with the zh-CN locale data, registered at start-up in the app.
registerLocaleData(zh, 'zh-cn');

describe('HireDialogComponent', () => {
  let fixture: ComponentFixture<HireDialogComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HireDialogComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS)],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: { 'Outcome:HireConflict': '编制已被占用，未做任何更改。' } });
    await loading;

    fixture = TestBed.createComponent(HireDialogComponent);
    fixture.componentRef.setInput('open', true);
    fixture.componentRef.setInput('applicationId', 'a1');
    await tick();
    answerPreview();
    await tick();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
  });

  // The modal renders in the overlay container, outside the fixture's element.
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function tick(): Promise<void> {
    fixture.detectChanges();
    await new Promise(resolve => setTimeout(resolve));
    fixture.detectChanges();
  }

  function answerPreview(): void {
    backend.expectOne(r => r.url === '/api/app/hires/preview' && r.params.get('applicationId') === 'a1').flush(PREVIEW);
    backend.expectOne('/api/app/posts/p1').flush({ id: 'p1', code: 'ZP-1', titleZh: '研究员', titleEn: 'Researcher' });
    backend.expectOne('/api/app/org-units/u1').flush({ id: 'u1', nameZh: '人才发展服务中心', nameEn: 'Talent centre' });
  }

  it('shows the pool slot apart from a regular one, then a 409 as the localized message with the seat shown again and nothing hired', async () => {
    const seat = byTestId('hire-seat')!;
    expect(seat.getAttribute('data-seat-kind')).toBe('Pool');
    expect(seat.classList).toContain('seat-pool');

    const hired: HireResultDto[] = [];
    fixture.componentInstance.hired.subscribe(result => hired.push(result));
    byTestId('hire-confirm')!.click();
    const request = backend.expectOne(r => r.method === 'POST' && r.url === '/api/app/hires');
    expect(request.request.body).toEqual({ applicationId: 'a1', startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), contractMonths: 36, firstEmployment: true });
    request.flush({ status: 409, detail: '没有空余编制' }, { status: 409, statusText: 'Conflict' });
    await tick();
    answerPreview();
    await tick();

    expect(byTestId('hire-error')!.textContent).toContain('编制已被占用，未做任何更改。');
    expect(byTestId('hire-seat')).not.toBeNull();
    expect(byTestId('hire-password')).toBeNull();
    expect(hired).toEqual([]);
  });

  it('shows the one-time password once, and forgets it on closing', async () => {
    byTestId('hire-confirm')!.click();
    backend.expectOne(r => r.method === 'POST' && r.url === '/api/app/hires').flush({
      hire: { applicationId: 'a1', talentProfileId: 't1', candidateName: '王*明', seatKind: 'Pool', startsOn: '2026-12-08', probationMonths: 12,
        probationEndsOn: '2027-12-07', probationBasis: 'FirstEmploymentLongContract', minimumServiceYears: 5, minimumServiceEndsOn: '2031-12-07' },
      initialPassword: 'Xy7#once', userName: 'talent-1', matchingRunId: null,
    });
    await tick();
    backend.expectOne('/api/app/talent-profiles/t1').flush({ id: 't1', tier: 'B' });
    await tick();

    expect(byTestId('hire-password')!.textContent).toBe('Xy7#once');
    byTestId('hire-close')!.click();
    await tick();
    expect(document.body.textContent).not.toContain('Xy7#once');
  });
});
