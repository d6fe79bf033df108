using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Notifications;

namespace TalentReform;

/// <summary>The platform's domain services (data filters, permissions, notifications, the clock), used by every module.</summary>
public static class PlatformDomainRegistration
{
    public static IServiceCollection AddPlatformDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IDataFilter, DataFilter>();
        services.TryAddScoped<PermissionChecker>();
        services.TryAddScoped<OversightNotifier>();
        return services;
    }
}
