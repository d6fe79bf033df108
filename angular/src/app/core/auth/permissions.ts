/** Permission names granted by the backend (TalentReformPermissions in Application.Contracts). */
export const Permissions = {
  Dashboard: 'TalentReform.Dashboard',
  Zones: {
    Default: 'TalentReform.Zones',
    Create: 'TalentReform.Zones.Create',
    Update: 'TalentReform.Zones.Update',
    Delete: 'TalentReform.Zones.Delete',
  },
  Users: {
    Default: 'TalentReform.Users',
    Create: 'TalentReform.Users.Create',
    Update: 'TalentReform.Users.Update',
    Delete: 'TalentReform.Users.Delete',
  },
  Roles: {
    Default: 'TalentReform.Roles',
    ManagePermissions: 'TalentReform.Roles.ManagePermissions',
  },
  AuditLogs: 'TalentReform.AuditLogs',
} as const;
