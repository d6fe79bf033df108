import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection,
} from '@angular/core';
import zh from '@angular/common/locales/zh';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzI18n } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { MAIN_MENU } from './app.menu';
import { routes } from './app.routes';
import { errorInterceptor } from './core/http/error.interceptor';
import { acceptLanguageInterceptor } from './core/i18n/accept-language.interceptor';
import { cultureOption, DEFAULT_CULTURE } from './core/i18n/culture';
import { APP_ICONS } from './core/icons';
import { MENU_ITEMS } from './core/layout/menu';
import { initializeApp } from './core/startup/app-startup';

// ng-zorro formats dates with Angular's locale data under its own locale id ('zh-cn' → 'zh');
// English data is built in.
registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, errorInterceptor]),
    ),
    provideNzI18n(cultureOption(DEFAULT_CULTURE).nzLocale),
    provideNzIcons(APP_ICONS),
    provideAppInitializer(initializeApp),
    { provide: MENU_ITEMS, useValue: MAIN_MENU },
  ],
};
