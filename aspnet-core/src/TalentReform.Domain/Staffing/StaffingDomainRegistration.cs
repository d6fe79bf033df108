using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>The Staffing module's domain services and published queries (ADR 0009).</summary>
public static class StaffingDomainRegistration
{
    public static IServiceCollection AddStaffingDomain(this IServiceCollection services)
    {
        services.TryAddScoped<PostManager>();
        services.TryAddScoped<StaffingQuotaManager>();
        services.TryAddScoped<AppointmentManager>();
        services.TryAddScoped<StaffingMixManager>();
        services.TryAddScoped<OrgMetricsCalculator>();
        services.TryAddScoped<IStaffingQueries, StaffingQueries>();
        services.TryAddScoped<StaffingStructureWriter>();

        // Organization asks about a unit's posts through its own interface; Staffing answers it.
        services.TryAddScoped<IOrgUnitPostQuery, OrgUnitPostQuery>();
        return services;
    }
}
