import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { en_US, NzI18nService, provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { CULTURE_STORAGE_KEY } from './culture';
import { LOCALIZATION_URL, LocalizationService } from './localization.service';

describe('LocalizationService', () => {
  let http: HttpTestingController;

  function create(): LocalizationService {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN)],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(LocalizationService);
  }

  async function answer(culture: string, texts: Record<string, string>): Promise<void> {
    const request = http.expectOne(r => r.url === LOCALIZATION_URL);
    expect(request.request.params.get('culture')).toBe(culture);
    request.flush({ culture, texts });
    await Promise.resolve();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('loads the Chinese texts by default and formats placeholders', async () => {
    const service = create();
    const loading = service.initialize();
    await answer('zh-Hans', { 'Menu:Home': '首页', 'Users:LockedUntil': '锁定至 {0}' });
    await loading;

    expect(service.culture()).toBe('zh-Hans');
    expect(service.t('Menu:Home')).toBe('首页');
    expect(service.t('Users:LockedUntil', '2026-12-01')).toBe('锁定至 2026-12-01');
  });

  it('falls back to the key, or to the given fallback, for unknown texts', async () => {
    const service = create();
    const loading = service.initialize();
    await answer('zh-Hans', { 'Role:hr-officer': '人事专员' });
    await loading;

    expect(service.t('Missing:Key')).toBe('Missing:Key');
    expect(service.tOr('Role:hr-officer', 'hr-officer')).toBe('人事专员');
    expect(service.tOr('Role:custom', 'custom')).toBe('custom');
  });

  it('switches language: reloads texts, remembers the choice and switches the ng-zorro locale', async () => {
    const service = create();
    const nzI18n = TestBed.inject(NzI18nService);

    const switching = service.use('en');
    await answer('en', { 'Menu:Home': 'Home' });
    await switching;

    expect(service.t('Menu:Home')).toBe('Home');
    expect(localStorage.getItem(CULTURE_STORAGE_KEY)).toBe('en');
    expect(nzI18n.getLocale().locale).toBe(en_US.locale);
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts with the remembered language', async () => {
    localStorage.setItem(CULTURE_STORAGE_KEY, 'en');
    const service = create();
    const loading = service.initialize();
    await answer('en', {});
    await loading;
    expect(service.culture()).toBe('en');
  });

  it('ignores an unsupported remembered language', () => {
    localStorage.setItem(CULTURE_STORAGE_KEY, 'fr');
    expect(create().culture()).toBe('zh-Hans');
  });
});
