using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TalentReform.Permissions;

namespace TalentReform.Authorization;

/// <summary>
/// Turns <c>[Authorize("TalentReform.X.Y")]</c> into a policy checked against stored grants, so a
/// permission needs no policy registration of its own.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!PermissionDefinitions.Exists(policyName))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
