using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using TalentReform.ExceptionHandling;

namespace TalentReform.Authorization;

/// <summary>401 and 403 as localized problem details (not cookie redirects), whichever scheme was used.</summary>
public sealed class ProblemDetailsAuthorizationResultHandler(ProblemDetailsWriter writer) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            return writer.WriteAsync(context, StatusCodes.Status401Unauthorized, TalentReformErrorCodes.Unauthorized);
        }

        if (authorizeResult.Forbidden)
        {
            return writer.WriteAsync(context, StatusCodes.Status403Forbidden, TalentReformErrorCodes.Forbidden);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
