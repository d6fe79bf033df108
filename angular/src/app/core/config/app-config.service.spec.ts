import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApplicationConfigurationDto } from '../../proxy/models';
import { formRules, setFormRules } from '../../shared/form-rules/form-rules';
import { ACCOUNT_URLS, AuthService } from '../auth/auth.service';
import { ANONYMOUS_USER } from '../auth/current-user';
import { FORM_METADATA } from '../testing/form-metadata';
import { signedInUser } from '../testing/test-users';
import { APPLICATION_CONFIGURATION_URL, AppConfigService } from './app-config.service';

function configuration(user = ANONYMOUS_USER, maxLevel = 5): ApplicationConfigurationDto {
  return {
    currentUser: user,
    auth: { grantedPermissions: user.permissions, definedPermissions: user.isAuthenticated ? ['TalentReform.Posts'] : [] },
    localization: { currentCulture: 'zh-Hans', defaultCulture: 'zh-Hans', supportedCultures: ['zh-Hans', 'en'] },
    forms: { ...FORM_METADATA, postLevels: [{ category: 'Skilled', minLevel: 1, maxLevel }] },
    approvalDocumentKinds: [{ kind: 'StaffingPlan', name: '方案', linkTemplate: '/plans/{id}' }],
  };
}

describe('AppConfigService', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    setFormRules(FORM_METADATA);
  });

  const flushMicrotasks = () => new Promise(resolve => setTimeout(resolve));

  it("loads the configuration and hands the forms' rules to the shared kernel", async () => {
    setFormRules(null);
    const service = TestBed.inject(AppConfigService);

    const loading = service.load();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(configuration());
    await loading;

    expect(service.configuration()?.localization.supportedCultures).toEqual(['zh-Hans', 'en']);
    expect(formRules()?.postLevels).toEqual([{ category: 'Skilled', minLevel: 1, maxLevel: 5 }]);
  });

  it('loads it again after a sign-in and a sign-out, not on every read', async () => {
    const service = TestBed.inject(AppConfigService);
    const auth = TestBed.inject(AuthService);
    const loading = service.load();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(configuration());
    await loading;
    service.reloadOnUserChange();
    TestBed.tick();
    backend.expectNone(APPLICATION_CONFIGURATION_URL);

    const signingIn = auth.login({ userName: 'dalian-hr', password: 'x' });
    backend.expectOne(ACCOUNT_URLS.login).flush(signedInUser(['TalentReform.Posts']));
    await signingIn;
    TestBed.tick();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(configuration(signedInUser(['TalentReform.Posts']), 6));
    await flushMicrotasks();
    expect(service.configuration()?.auth.definedPermissions).toEqual(['TalentReform.Posts']);
    expect(formRules()?.postLevels[0].maxLevel).toBe(6);

    auth.clearSession();
    TestBed.tick();
    backend.expectOne(APPLICATION_CONFIGURATION_URL).flush(configuration());
    await flushMicrotasks();
    expect(service.configuration()?.auth.definedPermissions).toEqual([]);
  });
});
