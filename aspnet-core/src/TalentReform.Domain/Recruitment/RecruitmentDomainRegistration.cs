using Microsoft.Extensions.DependencyInjection;

namespace TalentReform.Recruitment;

/// <summary>The Recruitment module's domain services (ADR 0009): plans, the 编制周转池, campaigns, applications and hires.</summary>
public static class RecruitmentDomainRegistration
{
    public static IServiceCollection AddRecruitmentDomain(this IServiceCollection services) => services;
}
