using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using Serilog;
using TalentReform.Localization;
using TalentReform.Spa;

namespace TalentReform;

public static class TalentReformHostPipeline
{
    public static WebApplication UseTalentReformPipeline(this WebApplication app)
    {
        // Before anything reads the client's address or scheme (the per-IP limits, logging, HSTS).
        app.UseTransportSecurity();
        // First, so that the exception handler (outside everything else) writes its problem details in the
        // request's language too: the culture set by an inner middleware does not survive the exception.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(LocalizationCultures.Default),
            SupportedCultures = LocalizationCultures.Supported.Select(c => new System.Globalization.CultureInfo(c)).ToList(),
            SupportedUICultures = LocalizationCultures.Supported.Select(c => new System.Globalization.CultureInfo(c)).ToList(),
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        });
        // The host's logger (behind the personal-data redaction), not the static bootstrap logger; outside the
        // exception handler, so a refused request is logged with the status its caller got (409), not 500.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseResponseCompression();
        app.UseSpaStaticFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapControllers();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();
        app.MapSpaFallback();
        return app;
    }
}
