using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TalentReform.Authentication;

/// <summary>
/// ABP's rule for CSRF: a state-changing request must carry the X-XSRF-TOKEN header when the browser
/// sent the authentication cookie. Bearer-token callers send no cookie, so scripts are unaffected.
/// </summary>
public sealed class AntiforgeryCookieAuthFilter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter
{
    public const string HeaderName = "X-XSRF-TOKEN";

    private static readonly HashSet<string> SafeMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS", "TRACE" };

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (SafeMethods.Contains(request.Method) || !request.Cookies.ContainsKey(IdentityCookieName))
        {
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            throw new AntiforgeryValidationException("The X-XSRF-TOKEN header is missing or does not match.");
        }
    }

    /// <summary>The cookie name ASP.NET Core Identity gives its application scheme.</summary>
    public static string IdentityCookieName => ".AspNetCore." + IdentityConstants.ApplicationScheme;
}
