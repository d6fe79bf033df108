using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's repositories (ADR 0009); the aggregates without a repository of their own use the generic one.</summary>
public static class RecruitmentEntityFrameworkCoreRegistration
{
    public static IServiceCollection AddRecruitmentEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddScoped<IApplicationRepository, ApplicationRepository>();
        return services;
    }
}
