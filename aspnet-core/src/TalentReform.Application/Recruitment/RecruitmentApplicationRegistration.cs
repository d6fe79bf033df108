using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's application services (ADR 0009): campaigns and applications.</summary>
public static class RecruitmentApplicationRegistration
{
    public static IServiceCollection AddRecruitmentApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IRecruitmentCampaignAppService, RecruitmentCampaignAppService>();
        services.TryAddScoped<IApplicationAppService, ApplicationAppService>();
        services.TryAddScoped<ApplicationScoreImporter>();
        services.TryAddScoped<ICampaignExaminerAppService, CampaignExaminerAppService>();
        return services;
    }
}
