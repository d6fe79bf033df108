import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ACCOUNT_URLS, AuthService } from '../auth/auth.service';
import { Permissions } from '../auth/permissions';
import { LOCALIZATION_URL, LocalizationService } from '../i18n/localization.service';
import { APP_ICONS } from '../icons';
import { signedInUser } from '../testing/test-users';
import { MAIN_MENU } from '../../app.menu';
import { MainLayoutComponent } from './main-layout.component';
import { MENU_ITEMS } from './menu';

describe('MainLayoutComponent', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MainLayoutComponent],
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNzI18n(zh_CN), provideNzIcons(APP_ICONS),
        { provide: MENU_ITEMS, useValue: MAIN_MENU },
      ],
    });
    backend = TestBed.inject(HttpTestingController);

    const texts = TestBed.inject(LocalizationService).initialize();
    backend.expectOne(r => r.url === LOCALIZATION_URL).flush({
      culture: 'zh-Hans',
      texts: { 'Menu:Home': '首页', 'Menu:Users': '用户管理', 'Menu:Zones': '园区管理' },
    });
    await texts;
    const user = TestBed.inject(AuthService).loadCurrentUser();
    backend.expectOne(ACCOUNT_URLS.me).flush(signedInUser([Permissions.Dashboard, Permissions.Users.Default]));
    await user;
  });

  it('lists only granted menu entries and shows the user and zone in the current language', async () => {
    const fixture = TestBed.createComponent(MainLayoutComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    const entries = [...element.querySelectorAll('[data-testid="main-menu"] li')].map(li => li.textContent?.trim());
    expect(entries).toEqual(['首页', '用户管理']);
    expect(element.querySelector('[data-testid="current-user"]')?.textContent).toContain('王芳');
    expect(element.querySelector('[data-testid="current-zone"]')?.textContent?.trim()).toBe('大连高新区');
  });
});
