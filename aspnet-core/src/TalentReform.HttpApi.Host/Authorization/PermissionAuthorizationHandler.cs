using Microsoft.AspNetCore.Authorization;
using TalentReform.Identity;

namespace TalentReform.Authorization;

public sealed class PermissionAuthorizationHandler(PermissionChecker permissionChecker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissionChecker.IsGrantedAsync(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
