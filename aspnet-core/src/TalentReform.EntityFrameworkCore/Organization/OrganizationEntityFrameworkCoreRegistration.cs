using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Organization;

/// <summary>The Organization module's repositories (ADR 0009).</summary>
public static class OrganizationEntityFrameworkCoreRegistration
{
    public static IServiceCollection AddOrganizationEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddScoped<IOrgUnitRepository, OrgUnitRepository>();
        return services;
    }
}
