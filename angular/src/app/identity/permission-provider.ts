/** Whom grants belong to: a role (key = role name) or a user (key = user id), as in ABP. */
export type PermissionProviderName = 'R' | 'U';
