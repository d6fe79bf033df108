import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ACCOUNT_URLS, AuthService } from '../auth/auth.service';
import { signedInUser } from '../testing/test-users';
import { errorInterceptor } from './error.interceptor';
import { SKIP_GLOBAL_ERROR_HANDLING } from './http-context-tokens';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let messages: { error: ReturnType<typeof vi.fn> };
  let router: Router;

  beforeEach(() => {
    messages = { error: vi.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        { provide: NzMessageService, useValue: messages },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    vi.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  /** Sends a GET, answers it with `status` and `body`, and returns the error the caller saw. */
  async function failWith(status: number, body: object, context?: HttpContext): Promise<unknown> {
    const result = firstValueFrom(http.get('/api/app/zones', { context })).catch(error => error);
    backend.expectOne('/api/app/zones').flush(body, { status, statusText: 'error' });
    return result;
  }

  it("shows the server's localized detail and still passes the error on", async () => {
    const error = await failWith(409, { title: 'Conflict', detail: '园区代码“dalian”已存在。', code: 'TalentReform:02001' });
    expect(messages.error).toHaveBeenCalledWith('园区代码“dalian”已存在。');
    expect((error as { status: number }).status).toBe(409);
  });

  it('falls back to the title when there is no detail', async () => {
    await failWith(404, { title: '未找到该园区。', status: 404 });
    expect(messages.error).toHaveBeenCalledWith('未找到该园区。');
  });

  it('shows the messages of a validation problem', async () => {
    await failWith(400, { title: '提交的数据有误', errors: { Code: ['“代码”为必填项。'] } });
    expect(messages.error).toHaveBeenCalledWith('“代码”为必填项。');
  });

  it('ends the session and goes to the sign-in page on 401', async () => {
    const auth = TestBed.inject(AuthService);
    const loading = auth.loadCurrentUser();
    backend.expectOne(ACCOUNT_URLS.me).flush(signedInUser(['TalentReform.Dashboard']));
    await loading;

    await failWith(401, { title: '请先登录。' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });

  it('goes to the forbidden page on 403', async () => {
    await failWith(403, { detail: '您没有执行此操作的权限。' });
    expect(messages.error).toHaveBeenCalledWith('您没有执行此操作的权限。');
    expect(router.navigate).toHaveBeenCalledWith(['/403']);
  });

  it('leaves errors alone for callers that show them themselves', async () => {
    await failWith(401, { detail: '用户名或密码错误。' }, new HttpContext().set(SKIP_GLOBAL_ERROR_HANDLING, true));
    expect(messages.error).not.toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
