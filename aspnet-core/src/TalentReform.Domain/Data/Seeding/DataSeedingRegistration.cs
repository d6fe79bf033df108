using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Data.Seeding.Demo;

namespace TalentReform.Data.Seeding;

/// <summary>The seeders: the reference data every installation needs, and the demo that fills every module in one story.</summary>
public static class DataSeedingRegistration
{
    public static IServiceCollection AddDataSeeding(this IServiceCollection services)
    {
        services.TryAddScoped<TalentReformDataSeeder>();
        services.TryAddScoped<DemoOrganizationSeeder>();
        services.TryAddScoped<DemoPlanSeeder>();
        services.TryAddScoped<DemoRecruitmentPlanSeeder>();
        services.TryAddScoped<DemoRecruitmentCampaignSeeder>();
        services.TryAddScoped<DemoApprovals>();
        services.TryAddScoped<DemoPolicySeeder>();
        services.TryAddScoped<DemoTalentSeeder>();
        services.TryAddScoped<DemoTierSeeder>();
        services.TryAddScoped<DemoEntitlementStates>();
        return services;
    }
}
