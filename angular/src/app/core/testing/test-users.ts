import { ANONYMOUS_USER, CurrentUser } from '../auth/current-user';

/** A signed-in zone user with the given permissions, for specs. */
export function signedInUser(permissions: string[] = []): CurrentUser {
  return {
    ...ANONYMOUS_USER,
    isAuthenticated: true,
    id: '3a1f0000-0000-0000-0000-000000000001',
    userName: 'dalian-hr',
    name: '王芳',
    zone: { id: '3a1f0000-0000-0000-0000-0000000000d1', code: 'dalian', nameZh: '大连高新区', nameEn: 'Dalian High-tech Zone' },
    roles: ['hr-officer'],
    permissions,
  };
}
