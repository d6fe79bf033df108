namespace TalentReform;

/// <summary>Conservative browser security headers on every response, and no caching of API answers.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // ng-zorro and ECharts set inline styles; no inline or remote script is needed outside the API reference page.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (!context.Request.Path.StartsWithSegments("/scalar"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        // API answers carry personal data (ID numbers, salaries, benefits): no browser or proxy may keep a copy.
        // Set as the headers go out, so that error answers written by the exception handler (which clears the
        // headers) carry it too. The SPA's static assets stay cacheable.
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.OnStarting(static state =>
            {
                var responseHeaders = ((HttpContext)state).Response.Headers;
                responseHeaders.CacheControl = "no-store";
                responseHeaders.Pragma = "no-cache";
                return Task.CompletedTask;
            }, context);
        }

        return next(context);
    }
}
