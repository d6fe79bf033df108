import { signal } from '@angular/core';
import { FormMetadataDto } from '../../proxy/models';

const rules = signal<FormMetadataDto | null>(null);

/**
 * The rules the forms check before sending (post levels, profile fields, condition operators, plan-change
 * fields), exactly as the server's validation reads them: served by GET /api/app/application-configuration and
 * set by core's AppConfigService after start-up and on every change of user. Null until then; the server checks anyway.
 */
export const formRules = rules.asReadonly();

export function setFormRules(forms: FormMetadataDto | null): void {
  rules.set(forms);
}
