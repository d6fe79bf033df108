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
        services.TryAddSingleton<ApprovalDocumentKinds>();
        return services;
    }

    /// <summary>
    /// Registers a kind of document with the engine (each module its own, where its drafting permission is known),
    /// e.g. <c>services.AddApprovalDocumentKind(new("RecruitmentPlan", TalentReformPermissions.RecruitmentPlans.Create, "/recruitment-plans/{id}"))</c>.
    /// </summary>
    public static IServiceCollection AddApprovalDocumentKind(this IServiceCollection services, ApprovalDocumentKind kind)
    {
        services.AddSingleton(kind);
        services.TryAddSingleton<ApprovalDocumentKinds>();
        return services;
    }
}
