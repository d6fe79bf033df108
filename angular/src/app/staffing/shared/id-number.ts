import { AbstractControl, ValidationErrors } from '@angular/forms';

/** True when the server sent the ID number masked (the user may not see it in full). */
export function isMaskedIdNumber(value: string | null | undefined): boolean {
  return !!value && value.includes('*');
}

/** 18-character resident ID: 17 digits and a check character (digit or X), as the server requires. */
export function idNumberValidator(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  if (!value) {
    return null;
  }
  return /^[0-9]{17}[0-9Xx]$/.test(value) ? null : { idNumberFormat: true };
}
