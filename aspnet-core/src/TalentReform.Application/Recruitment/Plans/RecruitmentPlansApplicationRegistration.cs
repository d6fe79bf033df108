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
        services.AddApprovalDocumentKind(new ApprovalDocumentKind(RecruitmentPlan.Kind, TalentReformPermissions.RecruitmentPlans.Manage, "/recruitment/plans/{id}"));
        services.AddApprovalDocumentKind(new ApprovalDocumentKind(PoolLoan.Kind, TalentReformPermissions.StaffingPool.RequestLoans, "/recruitment/pool/loans/{id}"));
        services.TryAddScoped<IRecruitmentReservations, RecruitmentReservations>();
        services.TryAddScoped<PoolSeats>();
        services.TryAddScoped<IPoolSeatMover>(sp => sp.GetRequiredService<PoolSeats>());
        services.TryAddScoped<IRecruitmentPlanAppService, RecruitmentPlanAppService>();
        services.TryAddScoped<IStaffingPoolAppService, StaffingPoolAppService>();
        return services;
    }
}
