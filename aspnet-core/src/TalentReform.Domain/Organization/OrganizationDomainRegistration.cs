using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Organization;

/// <summary>The Organization module's domain services and published queries (ADR 0009).</summary>
public static class OrganizationDomainRegistration
{
    public static IServiceCollection AddOrganizationDomain(this IServiceCollection services)
    {
        services.TryAddScoped<OrgUnitManager>();
        services.TryAddScoped<IOrgUnitQueries, OrgUnitQueries>();
        services.TryAddScoped<OrgUnitStructureWriter>();
        return services;
    }
}
