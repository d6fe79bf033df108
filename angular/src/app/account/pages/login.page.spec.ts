import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ACCOUNT_URLS, AuthService } from '../../core/auth/auth.service';
import { LOCALIZATION_URL, LocalizationService } from '../../core/i18n/localization.service';
import { APP_ICONS } from '../../core/icons';
import { signedInUser } from '../../core/testing/test-users';
import { LoginPage } from './login.page';

const TEXTS = { 'Login:Submit': '登录', 'Login:UserName': '用户名', 'Login:Failed': '登录失败，请稍后再试。' };

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);

    const loading = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({ culture: 'zh-Hans', texts: TEXTS });
    await loading;

    fixture = TestBed.createComponent(LoginPage);
    await settle();
  });

  afterEach(() => backend.verify());

  const element = (): HTMLElement => fixture.nativeElement;

  /** Lets the sign-in promise chain finish, then renders. */
  async function settle(): Promise<void> {
    await new Promise(resolve => setTimeout(resolve));
    await fixture.whenStable();
  }

  function type(selector: string, value: string): void {
    const input = element().querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(userName: string, password: string): Promise<void> {
    type('#userName', userName);
    type('#password', password);
    element().querySelector<HTMLButtonElement>('[data-testid="login-submit"]')!.click();
    await fixture.whenStable();
  }

  it('shows texts from the backend', () => {
    expect(element().querySelector('[data-testid="login-submit"]')?.textContent?.trim()).toBe('登录');
    expect(element().querySelector('label[for="userName"]')?.textContent).toContain('用户名');
  });

  it('links to the public policy calculator, which needs no sign-in', () => {
    expect(element().querySelector('[data-testid="calculator-link"]')?.getAttribute('href')).toBe('/calculator');
  });

  it('does not send an empty form', async () => {
    await submit('', '');
    backend.expectNone(ACCOUNT_URLS.login);
  });

  it('signs in and goes to the page the user wanted', async () => {
    fixture.componentRef.setInput('returnUrl', '/zones');
    await submit('dalian-hr', '1q2w3E*');

    const request = backend.expectOne(ACCOUNT_URLS.login);
    expect(request.request.body).toEqual({ userName: 'dalian-hr', password: '1q2w3E*' });
    request.flush(signedInUser(['TalentReform.Dashboard']));
    await settle();

    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/zones');
  });

  it('never returns to another site after signing in', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/');
    await submit('dalian-hr', '1q2w3E*');
    backend.expectOne(ACCOUNT_URLS.login).flush(signedInUser());
    await settle();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it("shows the server's localized reason when the password is wrong", async () => {
    await submit('dalian-hr', 'wrong');
    backend.expectOne(ACCOUNT_URLS.login).flush(
      { title: '登录失败', detail: '用户名或密码错误。', code: 'TalentReform:01001', status: 401 },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(element().querySelector('[data-testid="login-error"]')?.textContent).toContain('用户名或密码错误。');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('shows a localized fallback when the server gives no reason', async () => {
    await submit('dalian-hr', 'whatever');
    backend.expectOne(ACCOUNT_URLS.login).flush(null, { status: 502, statusText: 'Bad Gateway' });
    await settle();
    expect(element().querySelector('[data-testid="login-error"]')?.textContent).toContain('登录失败，请稍后再试。');
  });
});
