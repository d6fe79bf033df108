using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>The Planning module's repositories and its reader of approvers from the Identity tables (ADR 0009).</summary>
public static class PlanningEntityFrameworkCoreRegistration
{
    public static IServiceCollection AddPlanningEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddScoped<IWorkCalendarYearRepository, WorkCalendarYearRepository>();
        services.TryAddScoped<IApproverDirectory, ApproverDirectory>();
        return services;
    }
}
