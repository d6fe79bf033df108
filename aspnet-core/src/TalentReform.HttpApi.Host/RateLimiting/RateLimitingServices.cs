using System.Threading.RateLimiting;
using TalentReform.Account;
using TalentReform.Configuration;
using TalentReform.ExceptionHandling;
using TalentReform.Talents;

namespace TalentReform.RateLimiting;

/// <summary>
/// Per-IP fixed windows for the sign-in and the public policy calculator (the "RateLimiting" section); a refusal is
/// a 429 problem with <c>Retry-After</c>.
/// </summary>
public static class RateLimitingServices
{
    public static WebApplicationBuilder AddTalentReformRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = builder.AddValidatedOptions<RateLimitingOptions>(RateLimitingOptions.Section);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(AccountController.SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignIn.PermitLimit, Window = limits.SignIn.Window, QueueLimit = 0 }));
            o.AddPolicy(PublicPolicyCalculatorController.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PolicyCalculator.PermitLimit, Window = limits.PolicyCalculator.Window, QueueLimit = 0 }));
            o.OnRejected = (context, _) =>
            {
                // Tells well-behaved clients when the window opens again instead of letting them hammer on.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return new ValueTask(context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsWriter>()
                    .WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, TalentReformErrorCodes.TooManyRequests));
            };
        });
        return builder;
    }
}
