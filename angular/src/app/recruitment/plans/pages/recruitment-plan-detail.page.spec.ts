import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import zh from '@angular/common/locales/zh';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { APP_ICONS } from '../../../core/icons';
import { LOCALIZATION_URL, LocalizationService } from '../../../core/i18n/localization.service';
import { RecruitmentPlanDto } from '../../../proxy/models';
import { RecruitmentPlanDetailPage } from './recruitment-plan-detail.page';

registerLocaleData(zh);

const PLAN_URL = '/api/app/recruitment-plans/p1';

const plan: RecruitmentPlanDto = {
  id: 'p1', year: 2027, number: 'ZP2027-001', title: '2027年度公开招聘计划', status: 'Draft', isEditable: true, totalPlaces: 5,
  creatorId: 'u1', creatorName: '人事专员', creationTime: '2026-12-01T01:00:00+00:00', lastModificationTime: '2026-12-01T01:00:00+00:00',
  submittedAt: null, decidedAt: null, filingNumber: null, filedOn: null, closedAt: null, approvalProcessId: null, concurrencyStamp: 's1',
  lines: [{
    id: 'l1', sequence: 1, orgUnitId: 'unit', unitName: '人才发展服务中心', postId: null, postTitle: '研发工程师', staffingType: 'PublicInstitution',
    places: 5, note: '', quota: 25, occupied: 22, reservedByOtherPlans: 0, pendingHires: 0, owedToPoolLoans: 0, free: 3, askedInPlan: 5,
    exceeds: true,
  }],
};

async function render(permissions: string[]): Promise<{ fixture: ComponentFixture<RecruitmentPlanDetailPage>; backend: HttpTestingController }> {
  TestBed.configureTestingModule({
    imports: [RecruitmentPlanDetailPage],
    providers: [
      provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS),
      { provide: AuthService, useValue: { isGranted: (permission: string) => permissions.includes(permission) } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(LocalizationService).initialize();
  backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: {} });
  await loading;
  const fixture = TestBed.createComponent(RecruitmentPlanDetailPage);
  fixture.componentRef.setInput('id', 'p1');
  fixture.detectChanges();
  backend.expectOne(r => r.url.endsWith(PLAN_URL)).flush(plan);
  await settle(fixture, backend);
  return { fixture, backend };
}

/** Lets the resources load; the unit tree (asked for the line editor) is answered empty, a reload of the plan with the plan. */
async function settle(fixture: ComponentFixture<RecruitmentPlanDetailPage>, backend: HttpTestingController, reload = false): Promise<void> {
  let reloaded = 0;
  for (let round = 0; round < 4; round++) {
    await new Promise(resolve => setTimeout(resolve));
    fixture.detectChanges();
    backend.match(r => r.url.endsWith('/api/app/org-units/tree')).forEach(request => request.flush({ items: [] }));
    backend.match(r => r.url.endsWith(PLAN_URL)).forEach(request => {
      reloaded++;
      request.flush(plan);
    });
  }
  expect(reloaded).toBe(reload ? 1 : 0);
  await fixture.whenStable();
  fixture.detectChanges();
}

const byTestId = (fixture: ComponentFixture<unknown>, id: string): HTMLElement | null =>
  (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);

describe('RecruitmentPlanDetailPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows HR the line over 空编 in red with its numbers, and the server\'s refusal of the submission', async () => {
    const { fixture, backend } = await render([Permissions.RecruitmentPlans.Default, Permissions.RecruitmentPlans.Manage]);

    const row = byTestId(fixture, 'rplan-line-row')!;
    expect(row.classList).toContain('exceeds');
    expect(byTestId(fixture, 'line-capacity-quota')!.textContent!.trim()).toBe('25');
    expect(byTestId(fixture, 'line-capacity-free')!.textContent!.trim()).toBe('3');
    expect(byTestId(fixture, 'line-capacity-asked')!.textContent!.trim()).toBe('5');
    expect(byTestId(fixture, 'rplan-line-exceeds')).not.toBeNull();
    expect(byTestId(fixture, 'rplan-add-line')).not.toBeNull();
    expect(byTestId(fixture, 'rplan-submit')).not.toBeNull();

    (fixture.componentInstance as unknown as { submit(): void }).submit();
    backend.expectOne(r => r.url.endsWith(`${PLAN_URL}/submit`)).flush(
      { status: 422, detail: '人才发展服务中心 的事业编制空编不足：本计划拟招 5 人，可用空编仅 3 个' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    // The page reloads the plan to show the numbers the server refused on.
    await settle(fixture, backend, true);
    expect(byTestId(fixture, 'rplan-submit-error')!.textContent).toContain('可用空编仅 3 个');
  });

  it('offers a leader (read only) no action on the draft', async () => {
    const { fixture } = await render([Permissions.RecruitmentPlans.Default]);

    expect(byTestId(fixture, 'line-capacity-free')!.textContent!.trim()).toBe('3');
    for (const id of ['rplan-add-line', 'rplan-submit', 'rplan-delete', 'rplan-line-edit', 'rplan-line-remove']) {
      expect(byTestId(fixture, id)).toBeNull();
    }
  });
});
