using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Talents.Import;

namespace TalentReform.Talents;

/// <summary>The Talents module's application services: profiles, tiers, certifications, policies, entitlements, matching (ADR 0009).</summary>
public static class TalentsApplicationRegistration
{
    public static IServiceCollection AddTalentsApplication(this IServiceCollection services)
    {
        services.TryAddScoped<IPolicyCalculatorAppService, PolicyCalculatorAppService>();
        services.TryAddScoped<ITalentProfileAppService, TalentProfileAppService>();
        services.TryAddScoped<PolicyEvaluation>();
        services.TryAddScoped<IEntitlementAppService, EntitlementAppService>();
        services.TryAddScoped<EntitlementDtoBuilder>();
        services.TryAddScoped<IMatchingRunAppService, MatchingRunAppService>();
        services.TryAddScoped<MatchingRunStarter>();
        services.TryAddSingleton<MatchingRunQueue>();
        services.TryAddScoped<ITalentTierAppService, TalentTierAppService>();
        services.TryAddScoped<ITalentCertificationAppService, TalentCertificationAppService>();
        services.TryAddScoped<TalentCertificationImporter>();
        services.TryAddScoped<ITalentPolicyAppService, TalentPolicyAppService>();
        services.TryAddScoped<IInstallmentAppService, InstallmentAppService>();
        return services;
    }
}
