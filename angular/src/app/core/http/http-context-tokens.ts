import { HttpContextToken } from '@angular/common/http';

/** Set on a request whose caller shows its own error (e.g. sign-in shows "wrong password" inline). */
export const SKIP_GLOBAL_ERROR_HANDLING = new HttpContextToken<boolean>(() => false);
