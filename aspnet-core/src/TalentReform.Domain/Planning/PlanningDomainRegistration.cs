using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>The Planning module's domain services: plans, their impact and apply, the approval engine, the working-day calendar (ADR 0009).</summary>
public static class PlanningDomainRegistration
{
    public static IServiceCollection AddPlanningDomain(this IServiceCollection services)
    {
        services.TryAddScoped<WorkCalendarSeeder>();
        services.TryAddScoped<WorkingDayCalendar>();
        services.TryAddScoped<IZoneStructureSource, ZoneStructureSource>();
        services.TryAddScoped<PlanImpactCalculator>();
        services.TryAddScoped<StaffingPlanManager>();
        services.AddApprovalEngine();
        services.TryAddScoped<PlanApplier>();
        return services;
    }
}
