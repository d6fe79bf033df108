using Microsoft.Extensions.DependencyInjection;

namespace TalentReform.Planning.Approval;

public static class ApprovalEngineRegistration
{
    /// <summary>The approval engine, shared by every kind of approvable document.</summary>
    public static IServiceCollection AddApprovalEngine(this IServiceCollection services)
    {
        services.AddScoped<ApprovalEngine>();
        services.AddScoped<ApprovalNotifier>();
        services.AddScoped<ApprovalRouteIndependence>();
        return services;
    }
}
