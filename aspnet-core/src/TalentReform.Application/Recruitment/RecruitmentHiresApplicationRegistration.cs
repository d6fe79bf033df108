using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's 公示, hire and funnel services (composed beside the campaign and plan services).</summary>
public static class RecruitmentHiresApplicationRegistration
{
    public static IServiceCollection AddRecruitmentHiresApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IRecruitmentNoticeAppService, RecruitmentNoticeAppService>();
        services.TryAddScoped<IHireAppService, HireAppService>();
        services.TryAddScoped<IRecruitmentStatsAppService, RecruitmentStatsAppService>();
        return services;
    }
}
