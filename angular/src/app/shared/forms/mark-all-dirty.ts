import { FormArray, FormGroup } from '@angular/forms';

/** Shows every invalid control's message (ng-zorro shows errors of dirty controls). */
export function markAllDirty(group: FormGroup | FormArray): void {
  Object.values(group.controls).forEach(control => {
    if (control instanceof FormGroup || control instanceof FormArray) {
      markAllDirty(control);
    }
    control.markAsDirty();
    control.updateValueAndValidity({ onlySelf: true });
  });
}
