import { CurrentUserDto } from '../../proxy/models';

/** `GET /api/account/me`: who is signed in, in which zone, with which granted permissions. */
export type CurrentUser = CurrentUserDto;

export const ANONYMOUS_USER: CurrentUser = {
  isAuthenticated: false,
  id: null,
  userName: null,
  name: null,
  zone: null,
  roles: [],
  permissions: [],
};
