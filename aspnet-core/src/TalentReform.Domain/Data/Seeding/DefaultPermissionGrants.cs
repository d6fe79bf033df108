using TalentReform.Identity;

namespace TalentReform.Data.Seeding;

/// <summary>
/// What each role may do out of the box. Each default is applied once (see DefaultGrantRecord), so
/// later changes made in the permission screen are kept. Names mirror TalentReformPermissions.
/// </summary>
public static class DefaultPermissionGrants
{
    private const string Dashboard = "TalentReform.Dashboard";
    private const string AuditLogs = "TalentReform.AuditLogs";
    private const string Users = "TalentReform.Users";
    private const string OrgUnits = "TalentReform.OrgUnits";
    private const string Posts = "TalentReform.Posts";
    private const string Persons = "TalentReform.Persons";
    private const string Appointments = "TalentReform.Appointments";
    private const string WorkCalendar = "TalentReform.WorkCalendar";
    private const string StaffingPlans = "TalentReform.StaffingPlans";
    private const string Approvals = "TalentReform.Approvals";
    private const string ApprovalRoutes = "TalentReform.ApprovalRoutes";
    private const string ApprovalStats = "TalentReform.ApprovalStats";
    private const string Notifications = "TalentReform.Notifications";
    private const string TalentProfiles = "TalentReform.TalentProfiles";
    private const string My = "TalentReform.My";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.HrOfficer] =
        [
            Dashboard, AuditLogs, Users, Users + ".Create", Users + ".Update", Users + ".Delete",
            OrgUnits, OrgUnits + ".Create", OrgUnits + ".Update", OrgUnits + ".Delete",
            Posts, Posts + ".Create", Posts + ".Update", Posts + ".Delete",
            Persons, Persons + ".Create", Persons + ".Update", Persons + ".Delete", Persons + ".ViewIdNumber",
            Appointments, Appointments + ".Create", Appointments + ".End",
            WorkCalendar,
            StaffingPlans, StaffingPlans + ".Create", StaffingPlans + ".Delete", StaffingPlans + ".Apply",
            ApprovalRoutes, ApprovalRoutes + ".Manage", ApprovalStats, Notifications,
            TalentProfiles, TalentProfiles + ".Create", TalentProfiles + ".Update", TalentProfiles + ".Delete",
            "TalentReform.Entitlements", "TalentReform.Entitlements.Confirm", "TalentReform.Matching",
            "TalentReform.TalentTiers", "TalentReform.TalentTiers.Manage",
            "TalentReform.TalentCertifications", "TalentReform.TalentCertifications.Apply", "TalentReform.TalentCertifications.Approve",
            "TalentReform.TalentPolicies", "TalentReform.TalentPolicies.Manage", "TalentReform.TalentPolicies.Publish",
            "TalentReform.Installments", "TalentReform.Installments.Pay", "TalentReform.Installments.ClawBack",
            "TalentReform.RecruitmentPlans", "TalentReform.RecruitmentPlans.Manage",
            "TalentReform.StaffingPool", "TalentReform.StaffingPool.ManageSlots", "TalentReform.StaffingPool.RequestLoans", "TalentReform.StaffingPool.ManageLoans",
            "TalentReform.RecruitmentCampaigns", "TalentReform.RecruitmentCampaigns.ManageCampaigns", "TalentReform.RecruitmentCampaigns.ManageApplications",
            "TalentReform.RecruitmentCampaigns.EnterScores", "TalentReform.RecruitmentCampaigns.Publicity", "TalentReform.RecruitmentCampaigns.Hire", "TalentReform.RecruitmentCampaigns.Stats",
        ],

        // Leaders review the structure and decide plans; they see ID numbers masked. HR drafts but never decides.
        [RoleNames.Leader] =
        [
            Dashboard, AuditLogs, Users, OrgUnits, Posts, Persons, Appointments, WorkCalendar,
            StaffingPlans, Approvals, ApprovalRoutes, ApprovalStats, Notifications,
            TalentProfiles, "TalentReform.TalentTiers", "TalentReform.TalentPolicies", "TalentReform.Entitlements", "TalentReform.Installments",
            "TalentReform.RecruitmentPlans", "TalentReform.StaffingPool", "TalentReform.RecruitmentCampaigns", "TalentReform.RecruitmentCampaigns.Stats",
        ],
        // A talent sees their own portal, never zone-wide figures (the dashboard counts the zone's users per role).
        [RoleNames.Talent] = [WorkCalendar, Notifications, My],
    };

    /// <summary>
    /// Defaults that an earlier version granted and a later one withdrew. Each is revoked once from an existing
    /// database (recorded as a <see cref="Identity.DefaultGrantRecord"/> named by <see cref="WithdrawalRecord"/>),
    /// so a later deliberate grant by the admin stays.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Withdrawn = new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.Talent] = [Dashboard],
    };

    public static string WithdrawalRecord(string permission) => "-" + permission;
}
