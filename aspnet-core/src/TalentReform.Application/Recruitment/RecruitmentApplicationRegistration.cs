using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's application services (ADR 0009): campaigns and applications.</summary>
public static class RecruitmentApplicationRegistration
{
    public static IServiceCollection AddRecruitmentApplication(this IServiceCollection services)
    {
        return services;
    }
}
