using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Organization.Import;

namespace TalentReform.Organization;

/// <summary>The Organization module's application services (ADR 0009).</summary>
public static class OrganizationApplicationRegistration
{
    public static IServiceCollection AddOrganizationApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IOrgUnitAppService, OrgUnitAppService>();
        services.TryAddScoped<ILeadershipQuotaAppService, LeadershipQuotaAppService>();
        services.TryAddScoped<OrgUnitImporter>();
        return services;
    }
}
