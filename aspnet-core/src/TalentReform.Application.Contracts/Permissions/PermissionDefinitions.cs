namespace TalentReform.Permissions;

/// <summary>Every permission the product knows, in display order. Unknown names are refused on grant.</summary>
public static class PermissionDefinitions
{
    private const string Platform = "Platform";
    private const string Identity = "Identity";
    private const string Organization = "Organization";
    private const string Planning = "Planning";
    private const string Talents = "Talents";
    private const string Recruitment = "Recruitment";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(TalentReformPermissions.Dashboard, Platform),
        new(TalentReformPermissions.Zones.Default, Platform, IsHostOnly: true),
        new(TalentReformPermissions.Zones.Create, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.Zones.Update, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.Zones.Delete, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.AuditLogs, Platform),
        new(TalentReformPermissions.Users.Default, Identity),
        new(TalentReformPermissions.Users.Create, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Users.Update, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Users.Delete, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Users.AssignRoles, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Roles.Default, Identity, IsHostOnly: true),
        new(TalentReformPermissions.Roles.ManagePermissions, Identity, TalentReformPermissions.Roles.Default, true),
        new(TalentReformPermissions.OrgUnits.Default, Organization),
        new(TalentReformPermissions.OrgUnits.Create, Organization, TalentReformPermissions.OrgUnits.Default),
        new(TalentReformPermissions.OrgUnits.Update, Organization, TalentReformPermissions.OrgUnits.Default),
        new(TalentReformPermissions.OrgUnits.Delete, Organization, TalentReformPermissions.OrgUnits.Default),
        new(TalentReformPermissions.Posts.Default, Organization),
        new(TalentReformPermissions.Posts.Create, Organization, TalentReformPermissions.Posts.Default),
        new(TalentReformPermissions.Posts.Update, Organization, TalentReformPermissions.Posts.Default),
        new(TalentReformPermissions.Posts.Delete, Organization, TalentReformPermissions.Posts.Default),
        new(TalentReformPermissions.Persons.Default, Organization),
        new(TalentReformPermissions.Persons.Create, Organization, TalentReformPermissions.Persons.Default),
        new(TalentReformPermissions.Persons.Update, Organization, TalentReformPermissions.Persons.Default),
        new(TalentReformPermissions.Persons.Delete, Organization, TalentReformPermissions.Persons.Default),
        new(TalentReformPermissions.Persons.ViewIdNumber, Organization, TalentReformPermissions.Persons.Default),
        new(TalentReformPermissions.Appointments.Default, Organization),
        new(TalentReformPermissions.Appointments.Create, Organization, TalentReformPermissions.Appointments.Default),
        new(TalentReformPermissions.Appointments.End, Organization, TalentReformPermissions.Appointments.Default),
        new(TalentReformPermissions.WorkCalendar.Default, Planning),
        new(TalentReformPermissions.WorkCalendar.Update, Planning, TalentReformPermissions.WorkCalendar.Default, true),
        new(TalentReformPermissions.StaffingPlans.Default, Planning),
        new(TalentReformPermissions.StaffingPlans.Create, Planning, TalentReformPermissions.StaffingPlans.Default),
        new(TalentReformPermissions.StaffingPlans.Delete, Planning, TalentReformPermissions.StaffingPlans.Default),
        new(TalentReformPermissions.StaffingPlans.Apply, Planning, TalentReformPermissions.StaffingPlans.Default),
        new(TalentReformPermissions.Approvals, Planning),
        new(TalentReformPermissions.ApprovalRoutes.Default, Planning),
        new(TalentReformPermissions.ApprovalRoutes.Manage, Planning, TalentReformPermissions.ApprovalRoutes.Default),
        new(TalentReformPermissions.ApprovalStats, Planning),
        new(TalentReformPermissions.Notifications, Planning),
        new(TalentReformPermissions.TalentProfiles.Default, Talents),
        new(TalentReformPermissions.TalentProfiles.Create, Talents, TalentReformPermissions.TalentProfiles.Default),
        new(TalentReformPermissions.TalentProfiles.Update, Talents, TalentReformPermissions.TalentProfiles.Default),
        new(TalentReformPermissions.TalentProfiles.Delete, Talents, TalentReformPermissions.TalentProfiles.Default),
        new(TalentReformPermissions.My, Talents),
        new(TalentReformPermissions.Entitlements, Talents),
        new(TalentReformPermissions.EntitlementsConfirm, Talents, TalentReformPermissions.Entitlements),
        new(TalentReformPermissions.Matching, Talents),
        new(TalentReformPermissions.TalentTiers.Default, Talents),
        new(TalentReformPermissions.TalentTiers.Manage, Talents, TalentReformPermissions.TalentTiers.Default),
        new(TalentReformPermissions.TalentCertifications.Default, Talents),
        new(TalentReformPermissions.TalentCertifications.Apply, Talents, TalentReformPermissions.TalentCertifications.Default),
        new(TalentReformPermissions.TalentCertifications.Approve, Talents, TalentReformPermissions.TalentCertifications.Default),
        new(TalentReformPermissions.TalentPolicies.Default, Talents),
        new(TalentReformPermissions.TalentPolicies.Manage, Talents, TalentReformPermissions.TalentPolicies.Default),
        new(TalentReformPermissions.TalentPolicies.Publish, Talents, TalentReformPermissions.TalentPolicies.Default),
        new(TalentReformPermissions.Installments.Default, Talents),
        new(TalentReformPermissions.Installments.Pay, Talents, TalentReformPermissions.Installments.Default),
        new(TalentReformPermissions.Installments.ClawBack, Talents, TalentReformPermissions.Installments.Default),
        new(TalentReformPermissions.RecruitmentPlans.Default, Recruitment),
        new(TalentReformPermissions.RecruitmentPlans.Manage, Recruitment, TalentReformPermissions.RecruitmentPlans.Default),
        new(TalentReformPermissions.StaffingPool.Default, Recruitment),
        new(TalentReformPermissions.StaffingPool.ManageSlots, Recruitment, TalentReformPermissions.StaffingPool.Default),
        new(TalentReformPermissions.StaffingPool.RequestLoans, Recruitment, TalentReformPermissions.StaffingPool.Default),
        new(TalentReformPermissions.StaffingPool.ManageLoans, Recruitment, TalentReformPermissions.StaffingPool.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.Default, Recruitment),
        new(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.ManageApplications, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.EnterScores, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.Publicity, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.Hire, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
        new(TalentReformPermissions.RecruitmentCampaigns.Stats, Recruitment, TalentReformPermissions.RecruitmentCampaigns.Default),
    ];

    public static bool Exists(string name) => All.Any(p => p.Name == name);
}
