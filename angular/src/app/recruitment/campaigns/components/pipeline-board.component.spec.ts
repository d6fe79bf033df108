import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { AuthService } from '../../../core/auth/auth.service';
import { errorInterceptor } from '../../../core/http/error.interceptor';
import { LOCALIZATION_URL, LocalizationService } from '../../../core/i18n/localization.service';
import { APP_ICONS } from '../../../core/icons';
import { ApplicationDto, CampaignPositionDto } from '../../../proxy/models';
import { PipelineBoardComponent } from './pipeline-board.component';

const position = {
  id: 'pos1', code: '01', name: '软件工程师', places: 1, isCancelled: false, exemption: null, openingRatioDecidedAt: null,
  openingRatioQualifiedApplicants: null, scoring: { method: 'Examination', checkOrder: 'MedicalFirst', openingRatio: 3 },
} as unknown as CampaignPositionDto;

const application = (id: string, candidateName: string, stage: ApplicationDto['stage']): ApplicationDto => ({
  id, candidateName, stage, status: 'Active', idNumber: '2102**********001X', rank: null, writtenScore: null, interviewScore: null,
  totalScore: null, needsExtraTest: false, replacesApplicationId: null, relatives: [], statusReason: null, failedAtStage: null,
} as unknown as ApplicationDto);

describe('PipelineBoardComponent', () => {
  let fixture: ComponentFixture<PipelineBoardComponent>;
  let backend: HttpTestingController;
  let granted = true;

  async function render(applications: ApplicationDto[]): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PipelineBoardComponent],
      providers: [
        provideRouter([]), provideHttpClient(withInterceptors([errorInterceptor])), provideHttpClientTesting(), provideNzIcons(APP_ICONS),
        { provide: AuthService, useValue: { isGranted: () => granted, clearSession: () => undefined } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: { 'CampaignUi:AdvanceTo': '进入{0}' } });
    await loading;
    fixture = TestBed.createComponent(PipelineBoardComponent);
    fixture.componentRef.setInput('campaignId', 'c1');
    fixture.componentRef.setInput('position', position);
    fixture.componentRef.setInput('applications', applications);
    fixture.detectChanges();
  }

  afterEach(() => backend.verify());

  const el = (): HTMLElement => fixture.nativeElement;
  const cards = (stage: string) => el().querySelectorAll(`[data-testid="stage-${stage}"] [data-testid="candidate-card"]`);

  it('shows a column per stage with the 开考比例 check after 资格初审, and each card under its stage', async () => {
    granted = true;
    await render([application('a1', '张三', 'QualificationPassed'), application('a2', '李四', 'Registered')]);
    const columns = [...el().querySelectorAll('[data-testid^="stage-"]')].map(c => c.getAttribute('data-testid'));
    expect(columns.slice(0, 4)).toEqual(['stage-Registered', 'stage-QualificationPassed', 'stage-OpeningRatio', 'stage-WrittenExam']);
    expect(columns.slice(-2)).toEqual(['stage-Failed', 'stage-Withdrawn']);
    expect(cards('QualificationPassed').length).toBe(1);
    expect(cards('Registered')[0].textContent).toContain('李四');
  });

  it('shows the server’s refusal of an out-of-order move and keeps the card where it was', async () => {
    granted = true;
    await render([application('a1', '张三', 'QualificationPassed')]);
    let changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    (cards('QualificationPassed')[0].querySelector('[data-testid="card-advance"]') as HTMLButtonElement).click();
    const request = backend.expectOne('/api/app/applications/a1/advance');
    expect(request.request.body).toEqual({ to: 'WrittenExam' });
    request.flush({ status: 422, detail: '岗位 01 尚未核验开考比例，不能进入笔试。' }, { status: 422, statusText: 'Unprocessable Entity' });
    fixture.detectChanges();
    expect(el().querySelector('[data-testid="board-error"]')?.textContent).toContain('张三: 岗位 01 尚未核验开考比例，不能进入笔试。');
    expect(changed).toBe(0);
    expect(cards('QualificationPassed').length).toBe(1);
  });

  it('gives a reader no move buttons', async () => {
    granted = false;
    await render([application('a1', '张三', 'Interview')]);
    expect(cards('Interview').length).toBe(1);
    expect(el().querySelectorAll('[data-testid="card-advance"], [data-testid="card-fail"]').length).toBe(0);
  });
});
