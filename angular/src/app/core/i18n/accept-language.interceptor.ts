import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LocalizationService } from './localization.service';

/** Sends the chosen UI language so that the server localizes its messages the same way. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const culture = inject(LocalizationService).culture();
  return next(request.clone({ setHeaders: { 'Accept-Language': culture } }));
};
