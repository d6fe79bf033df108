import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LocalizationService } from '../i18n/localization.service';
import { SKIP_GLOBAL_ERROR_HANDLING } from './http-context-tokens';
import { problemMessage } from './problem-details';

/**
 * Shows the server's (already localized) problem-details message for failed requests;
 * 401 ends the session and goes to the sign-in page, 403 goes to the "forbidden" page.
 * The error is re-thrown so callers can still stop spinners and the like.
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.context.get(SKIP_GLOBAL_ERROR_HANDLING)) {
    return next(request);
  }
  const router = inject(Router);
  const auth = inject(AuthService);
  const messages = inject(NzMessageService);
  const localization = inject(LocalizationService);

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        const message = problemMessage(error);
        if (error.status === 401) {
          auth.clearSession();
          if (!router.url.startsWith('/login')) {
            void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
          }
        } else if (error.status === 403) {
          messages.error(message ?? localization.t('Error:Forbidden'));
          void router.navigate(['/403']);
        } else {
          messages.error(message ?? localization.t(error.status === 0 ? 'Error:Network' : 'Error:Unexpected'));
        }
      }
      return throwError(() => error);
    }),
  );
};
