using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Permissions;
using TalentReform.Planning.Approval;

namespace TalentReform.Recruitment;

/// <summary>Recruitment plans and the 编制周转池: their approval kinds, the stores behind the domain's ports, the app services.</summary>
public static class RecruitmentPlansApplicationRegistration
{
    public static IServiceCollection AddRecruitmentPlansApplication(this IServiceCollection services)
    {
        // Composed both by the host's modules and by AddTalentReformApplication: a kind registered twice stops the start.
        if (services.Any(d => d.ServiceType == typeof(IRecruitmentPlanAppService)))
        {
            return services;
        }

        // The kinds join the engine's registry (Planning registers the registry itself; a route step left only to a
        // kind's drafters breaks 06103).
        services.AddSingleton(new ApprovalDocumentKind(RecruitmentPlan.Kind, TalentReformPermissions.RecruitmentPlans.Manage, "/recruitment-plans/{id}"));
        services.AddSingleton(new ApprovalDocumentKind(PoolLoan.Kind, TalentReformPermissions.StaffingPool.RequestLoans, "/staffing-pool/loans/{id}"));
        services.TryAddScoped<PoolSeats>();
        services.TryAddScoped<IPoolSeatMover>(sp => sp.GetRequiredService<PoolSeats>());
        services.TryAddScoped<IRecruitmentPlanAppService, RecruitmentPlanAppService>();
        services.TryAddScoped<IStaffingPoolAppService, StaffingPoolAppService>();
        return services;
    }
}
