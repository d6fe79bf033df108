using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TalentReform.Planning.Approval;

public static class ApprovalEngineRegistration
{
    /// <summary>The approval engine, shared by every kind of approvable document.</summary>
    public static IServiceCollection AddApprovalEngine(this IServiceCollection services)
    {
        services.TryAddScoped<ApprovalEngine>();
        services.TryAddScoped<ApprovalNotifier>();
        services.TryAddScoped<ApprovalRouteIndependence>();
        return services;
    }
}
