using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Data.Seeding;
using TalentReform.Data.Seeding.Demo;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;

namespace TalentReform;

public static class TalentReformDomainServiceCollectionExtensions
{
    public static IServiceCollection AddTalentReformDomain(this IServiceCollection services)
    {
        services.AddScoped<IDataFilter, DataFilter>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<Notifications.OversightNotifier>();
        services.AddScoped<TalentReformDataSeeder>();
        services.AddScoped<DemoOrganizationSeeder>();
        services.AddScoped<DemoPlanSeeder>();
        services.AddScoped<DemoPolicySeeder>();
        services.AddScoped<DemoTalentSeeder>();
        services.AddScoped<DemoTierSeeder>();
        services.AddScoped<DemoEntitlementStates>();
        services.AddScoped<Talents.MatchingService>();
        services.AddScoped<Talents.EntitlementRecheck>();
        services.AddScoped<Talents.InstallmentManager>();
        services.AddScoped<Talents.CertificationExpiry>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<OrgUnitManager>();
        services.AddScoped<IOrgUnitPostQuery, OrgUnitPostQuery>();
        services.AddScoped<PostManager>();
        services.AddScoped<StaffingQuotaManager>();
        services.AddScoped<AppointmentManager>();
        services.AddScoped<StaffingMixManager>();
        services.AddScoped<OrgMetricsCalculator>();
        services.AddScoped<WorkCalendarSeeder>();
        services.AddScoped<WorkingDayCalendar>();
        services.AddScoped<IZoneStructureSource, ZoneStructureSource>();
        services.AddScoped<Planning.Impact.PlanImpactCalculator>();
        services.AddScoped<StaffingPlanManager>();
        services.AddApprovalEngine();
        services.AddScoped<PlanApplier>();
        return services;
    }
}
