import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { GetPermissionListResultDto } from '../../proxy/models';
import { PermissionService } from '../../proxy/services';
import { PermissionGrantModalComponent } from './permission-grant-modal.component';

const GRANTS: GetPermissionListResultDto = {
  groups: [
    {
      name: 'Identity',
      displayName: '身份与权限',
      permissions: [
        { name: 'TalentReform.Users', displayName: '用户', parentName: null, isGranted: true },
        { name: 'TalentReform.Users.Create', displayName: '新建用户', parentName: 'TalentReform.Users', isGranted: true },
        { name: 'TalentReform.Roles', displayName: '角色', parentName: null, isGranted: false },
      ],
    },
  ],
};

describe('PermissionGrantModalComponent', () => {
  let fixture: ComponentFixture<PermissionGrantModalComponent>;
  let backend: HttpTestingController;
  const url = PermissionService.PermissionGetPath;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PermissionGrantModalComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN)],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PermissionGrantModalComponent);
    fixture.componentRef.setInput('providerName', 'R');
    fixture.componentRef.setInput('providerKey', 'hr-officer');
    fixture.componentRef.setInput('open', true);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const checkbox = (name: string) => document.querySelector<HTMLElement>(`[data-permission="${name}"]`)!;
  const isChecked = (name: string) => checkbox(name).classList.contains('ant-checkbox-wrapper-checked');

  it("loads the role's grants and saves every permission with its new state", async () => {
    const load = backend.expectOne(r => r.url === url && r.method === 'GET');
    expect(load.request.params.get('providerName')).toBe('R');
    expect(load.request.params.get('providerKey')).toBe('hr-officer');
    load.flush(GRANTS);
    await fixture.whenStable();
    expect(isChecked('TalentReform.Users.Create')).toBe(true);
    expect(isChecked('TalentReform.Roles')).toBe(false);

    // Revoking the parent revokes its child; granting another adds it.
    checkbox('TalentReform.Users').click();
    checkbox('TalentReform.Roles').click();
    await fixture.whenStable();
    expect(isChecked('TalentReform.Users.Create')).toBe(false);

    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    document.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!.click();
    const save = backend.expectOne(r => r.url === url && r.method === 'PUT');
    expect(save.request.params.get('providerKey')).toBe('hr-officer');
    expect(save.request.body).toEqual({
      permissions: [
        { name: 'TalentReform.Users', isGranted: false },
        { name: 'TalentReform.Users.Create', isGranted: false },
        { name: 'TalentReform.Roles', isGranted: true },
      ],
    });
    save.flush(null, { status: 204, statusText: 'No Content' });
    expect(saved).toHaveBeenCalled();
  });
});
