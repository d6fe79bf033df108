using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's domain services (ADR 0009): plans, the 编制周转池, campaigns, applications and hires.</summary>
public static class RecruitmentDomainRegistration
{
    public static IServiceCollection AddRecruitmentDomain(this IServiceCollection services)
    {
        // Scoped: each uses Planning's WorkingDayCalendar, which keeps the years it read for one request.
        services.TryAddScoped<RecruitmentCampaignManager>();
        services.TryAddScoped<ApplicationManager>();
        services.TryAddScoped<PublicityPeriodCalculator>();
        services.TryAddScoped<NoticePeriodChecker>();
        services.TryAddScoped<StaffingSeatReader>();
        services.TryAddScoped<RecruitmentPlanCapacity>();
        // In the domain, not the application layer: the demo seed checks its plans against 空编 through it too.
        services.TryAddScoped<IRecruitmentReservations, RecruitmentReservations>();
        services.TryAddScoped<PoolLoanManager>();
        services.TryAddScoped<PoolLoanReturns>();
        services.TryAddScoped<PublicityManager>();
        services.TryAddScoped<HireManager>();
        return services;
    }
}
