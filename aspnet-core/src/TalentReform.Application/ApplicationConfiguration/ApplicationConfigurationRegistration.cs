using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.ApplicationConfiguration;

/// <summary>
/// The application-configuration answer reads every module's form rules, so it is composition (ADR 0009), registered
/// after the modules rather than by any one of them.
/// </summary>
public static class ApplicationConfigurationRegistration
{
    public static IServiceCollection AddApplicationConfiguration(this IServiceCollection services)
    {
        services.TryAddScoped<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        return services;
    }
}
