using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Permissions;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>The Planning module's application services: plans, approval, routes, statistics, the calendar (ADR 0009).</summary>
public static class PlanningApplicationRegistration
{
    public static IServiceCollection AddPlanningApplication(this IServiceCollection services)
    {
        // Staffing plans are the engine's first kind; a route step left only to plan drafters breaks 06103.
        services.AddApprovalDocumentKind(new ApprovalDocumentKind(StaffingPlan.Kind, TalentReformPermissions.StaffingPlans.Create, "/plans/{id}"));
        services.TryAddScoped<IWorkCalendarAppService, WorkCalendarAppService>();
        services.TryAddScoped<IStaffingPlanAppService, StaffingPlanAppService>();
        services.TryAddScoped<IApprovalAppService, ApprovalAppService>();
        services.TryAddScoped<IApprovalRouteAppService, ApprovalRouteAppService>();
        services.TryAddScoped<IApprovalStatsAppService, ApprovalStatsAppService>();
        services.TryAddScoped<StaffingPlanDtoBuilder>();
        services.TryAddScoped<PlanApplyRunner>();
        services.TryAddScoped<PlanMaintenanceService>();
        return services;
    }
}
