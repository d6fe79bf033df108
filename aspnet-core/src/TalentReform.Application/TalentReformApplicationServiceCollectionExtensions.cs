using Microsoft.Extensions.DependencyInjection;
using TalentReform.Account;
using TalentReform.Auditing;
using TalentReform.Dashboard;
using TalentReform.Excel;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Organization.Import;
using TalentReform.Planning;
using TalentReform.Staffing;
using TalentReform.Staffing.Import;
using TalentReform.Zones;

namespace TalentReform;

public static class TalentReformApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddTalentReformApplication(this IServiceCollection services)
    {
        services.AddTalentReformDomain();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<ApplicationConfiguration.IApplicationConfigurationAppService, ApplicationConfiguration.ApplicationConfigurationAppService>();
        services.AddSingleton<UnknownUserSignIns>();
        services.AddScoped<IZoneAppService, ZoneAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IPermissionAppService, PermissionAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<PersonalData.PersonalDataMasking>();
        services.AddScoped<IDashboardAppService, DashboardAppService>();
        services.AddScoped<IOrgUnitAppService, OrgUnitAppService>();
        services.AddScoped<ILeadershipQuotaAppService, LeadershipQuotaAppService>();
        services.AddScoped<IStaffingQuotaAppService, StaffingQuotaAppService>();
        services.AddScoped<IPostAppService, PostAppService>();
        services.AddScoped<IPersonAppService, PersonAppService>();
        services.AddScoped<IAppointmentAppService, AppointmentAppService>();
        services.AddScoped<IOrgMetricsAppService, OrgMetricsAppService>();
        services.AddScoped<IStaffingMixAppService, StaffingMixAppService>();
        services.AddScoped<IStaffingMixRuleAppService, StaffingMixRuleAppService>();
        services.AddScoped<IWorkCalendarAppService, WorkCalendarAppService>();
        services.AddScoped<IStaffingPlanAppService, StaffingPlanAppService>();
        services.AddScoped<IApprovalAppService, ApprovalAppService>();
        services.AddScoped<IApprovalRouteAppService, ApprovalRouteAppService>();
        services.AddScoped<IApprovalStatsAppService, ApprovalStatsAppService>();
        services.AddScoped<Notifications.INotificationAppService, Notifications.NotificationAppService>();
        services.AddScoped<Talents.IPolicyCalculatorAppService, Talents.PolicyCalculatorAppService>();
        services.AddScoped<Talents.ITalentProfileAppService, Talents.TalentProfileAppService>();
        services.AddScoped<Talents.PolicyEvaluation>();
        services.AddScoped<Talents.IEntitlementAppService, Talents.EntitlementAppService>();
        services.AddScoped<Talents.EntitlementDtoBuilder>();
        services.AddScoped<Talents.IMatchingRunAppService, Talents.MatchingRunAppService>();
        services.AddScoped<Talents.MatchingRunStarter>();
        services.AddSingleton<Talents.MatchingRunQueue>();
        services.AddScoped<Talents.ITalentTierAppService, Talents.TalentTierAppService>();
        services.AddScoped<Talents.ITalentCertificationAppService, Talents.TalentCertificationAppService>();
        services.AddScoped<Talents.Import.TalentCertificationImporter>();
        services.AddScoped<Talents.ITalentPolicyAppService, Talents.TalentPolicyAppService>();
        services.AddScoped<Talents.IInstallmentAppService, Talents.InstallmentAppService>();
        services.AddScoped<StaffingPlanDtoBuilder>();
        services.AddScoped<PlanApplyRunner>();
        services.AddScoped<PlanMaintenanceService>();
        services.AddSingleton<IExcelWorkbook, MiniExcelWorkbook>();
        services.AddScoped<ExcelExchange>();
        services.AddScoped<OrgUnitImporter>();
        services.AddScoped<PostImporter>();
        services.AddScoped<PersonImporter>();
        return services;
    }
}
