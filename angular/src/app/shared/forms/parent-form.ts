import { ControlContainer, FormGroupDirective } from '@angular/forms';

/**
 * viewProviders of a sub-form component: its formControlName / formArrayName bind to the form of the page or
 * dialog it sits in (the nearest FormGroupDirective), so a large form can be split into parts without
 * passing every control down.
 */
export const PARENT_FORM = [{ provide: ControlContainer, useExisting: FormGroupDirective }];
