using Microsoft.AspNetCore.Authorization;

namespace TalentReform.Authorization;

/// <summary>What the caller may do: one policy per permission name, checked against the grants; refusals as problem details.</summary>
public static class AuthorizationServices
{
    public static WebApplicationBuilder AddTalentReformAuthorization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
        services.AddAuthorization();
        return builder;
    }
}
