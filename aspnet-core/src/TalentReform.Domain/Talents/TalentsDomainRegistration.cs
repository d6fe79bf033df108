using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Talents;

/// <summary>The Talents module's domain services: matching (免申即享), re-checks, installments, certification expiry (ADR 0009).</summary>
public static class TalentsDomainRegistration
{
    public static IServiceCollection AddTalentsDomain(this IServiceCollection services)
    {
        services.TryAddScoped<MatchingService>();
        services.TryAddScoped<TalentIntake>();
        services.TryAddScoped<EntitlementRecheck>();
        services.TryAddScoped<InstallmentManager>();
        services.TryAddScoped<CertificationExpiry>();
        return services;
    }
}
