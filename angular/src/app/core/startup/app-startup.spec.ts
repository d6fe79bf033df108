import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { ACCOUNT_URLS, AuthService } from '../auth/auth.service';
import { APPLICATION_CONFIGURATION_URL, AppConfigService } from '../config/app-config.service';
import { LOCALIZATION_URL, LocalizationService } from '../i18n/localization.service';
import { ApplicationConfigurationDto } from '../../proxy/models';
import { FORM_METADATA } from '../testing/form-metadata';
import { signedInUser } from '../testing/test-users';
import { initializeApp } from './app-startup';

const CONFIGURATION: ApplicationConfigurationDto = {
  currentUser: signedInUser(['TalentReform.Dashboard']),
  auth: { grantedPermissions: ['TalentReform.Dashboard'], definedPermissions: ['TalentReform.Dashboard'] },
  localization: { currentCulture: 'zh-Hans', defaultCulture: 'zh-Hans', supportedCultures: ['zh-Hans', 'en'] },
  forms: FORM_METADATA,
  approvalDocumentKinds: [{ kind: 'StaffingPlan', name: '方案', linkTemplate: '/plans/{id}' }],
};

describe('initializeApp', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN)] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const flushMicrotasks = () => new Promise(resolve => setTimeout(resolve));

  it('asks who is signed in first, then loads the application configuration, then the texts', async () => {
    const starting = TestBed.runInInjectionContext(() => initializeApp());
    backend.expectNone(r => r.url === LOCALIZATION_URL);
    backend.expectNone(APPLICATION_CONFIGURATION_URL);
    backend.expectOne(ACCOUNT_URLS.me).flush(signedInUser(['TalentReform.Dashboard']));
    await flushMicrotasks();
    backend.expectNone(r => r.url === LOCALIZATION_URL);
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(CONFIGURATION);
    await flushMicrotasks();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', supportedCultures: [], texts: { AppName: '人才' } });
    await starting;

    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
    expect(TestBed.inject(LocalizationService).t('AppName')).toBe('人才');
    expect(TestBed.inject(AppConfigService).configuration()).toEqual(CONFIGURATION);
  });

  it('still starts when the server fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const starting = TestBed.runInInjectionContext(() => initializeApp());
    backend.expectOne(ACCOUNT_URLS.me).flush(null, { status: 500, statusText: 'Server Error' });
    await flushMicrotasks();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await flushMicrotasks();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await expect(starting).resolves.toBeUndefined();
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
  });
});
