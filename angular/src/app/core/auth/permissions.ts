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
    /** Give or take roles other than the self-service ones (separation of duties). */
    AssignRoles: 'TalentReform.Users.AssignRoles',
  },
  Roles: {
    Default: 'TalentReform.Roles',
    ManagePermissions: 'TalentReform.Roles.ManagePermissions',
  },
  AuditLogs: 'TalentReform.AuditLogs',
  OrgUnits: {
    Default: 'TalentReform.OrgUnits',
    Create: 'TalentReform.OrgUnits.Create',
    Update: 'TalentReform.OrgUnits.Update',
    Delete: 'TalentReform.OrgUnits.Delete',
  },
  Posts: {
    Default: 'TalentReform.Posts',
    Create: 'TalentReform.Posts.Create',
    Update: 'TalentReform.Posts.Update',
    Delete: 'TalentReform.Posts.Delete',
  },
  Persons: {
    Default: 'TalentReform.Persons',
    Create: 'TalentReform.Persons.Create',
    Update: 'TalentReform.Persons.Update',
    Delete: 'TalentReform.Persons.Delete',
    ViewIdNumber: 'TalentReform.Persons.ViewIdNumber',
  },
  Appointments: {
    Default: 'TalentReform.Appointments',
    Create: 'TalentReform.Appointments.Create',
    End: 'TalentReform.Appointments.End',
  },
  StaffingPlans: {
    Default: 'TalentReform.StaffingPlans',
    Create: 'TalentReform.StaffingPlans.Create',
    Delete: 'TalentReform.StaffingPlans.Delete',
    Apply: 'TalentReform.StaffingPlans.Apply',
  },
  Approvals: 'TalentReform.Approvals',
  ApprovalRoutes: {
    Default: 'TalentReform.ApprovalRoutes',
    Manage: 'TalentReform.ApprovalRoutes.Manage',
  },
  ApprovalStats: 'TalentReform.ApprovalStats',
  Notifications: 'TalentReform.Notifications',
  WorkCalendar: 'TalentReform.WorkCalendar',
  /** Host admin only: edit the national working-day calendar. */
  WorkCalendarUpdate: 'TalentReform.WorkCalendar.Update',
  TalentProfiles: {
    Default: 'TalentReform.TalentProfiles',
    Create: 'TalentReform.TalentProfiles.Create',
    Update: 'TalentReform.TalentProfiles.Update',
    Delete: 'TalentReform.TalentProfiles.Delete',
  },
  /** The talent portal: a talent's own profile and benefits. */
  My: 'TalentReform.My',
  Entitlements: 'TalentReform.Entitlements',
  EntitlementsConfirm: 'TalentReform.Entitlements.Confirm',
  Matching: 'TalentReform.Matching',
  TalentTiers: {
    Default: 'TalentReform.TalentTiers',
    Manage: 'TalentReform.TalentTiers.Manage',
  },
  TalentCertifications: {
    Default: 'TalentReform.TalentCertifications',
    Apply: 'TalentReform.TalentCertifications.Apply',
    Approve: 'TalentReform.TalentCertifications.Approve',
  },
  TalentPolicies: {
    Default: 'TalentReform.TalentPolicies',
    Manage: 'TalentReform.TalentPolicies.Manage',
    Publish: 'TalentReform.TalentPolicies.Publish',
  },
  Installments: {
    Default: 'TalentReform.Installments',
    Pay: 'TalentReform.Installments.Pay',
    ClawBack: 'TalentReform.Installments.ClawBack',
  },
  RecruitmentPlans: {
    Default: 'TalentReform.RecruitmentPlans',
    Manage: 'TalentReform.RecruitmentPlans.Manage',
  },
  StaffingPool: {
    Default: 'TalentReform.StaffingPool',
    ManageSlots: 'TalentReform.StaffingPool.ManageSlots',
    RequestLoans: 'TalentReform.StaffingPool.RequestLoans',
    ManageLoans: 'TalentReform.StaffingPool.ManageLoans',
  },
  RecruitmentCampaigns: {
    Default: 'TalentReform.RecruitmentCampaigns',
    ManageCampaigns: 'TalentReform.RecruitmentCampaigns.ManageCampaigns',
    ManageApplications: 'TalentReform.RecruitmentCampaigns.ManageApplications',
    EnterScores: 'TalentReform.RecruitmentCampaigns.EnterScores',
    Publicity: 'TalentReform.RecruitmentCampaigns.Publicity',
    Hire: 'TalentReform.RecruitmentCampaigns.Hire',
    Stats: 'TalentReform.RecruitmentCampaigns.Stats',
  },
} as const;
