using Microsoft.AspNetCore.ResponseCompression;
using TalentReform.Authentication;
using TalentReform.Authorization;
using TalentReform.BackgroundJobs;
using TalentReform.Data;
using TalentReform.ExceptionHandling;
using TalentReform.Logging;
using TalentReform.Modules;
using TalentReform.WebApi;
using TalentReform.OpenApi;
using TalentReform.RateLimiting;
using TalentReform.Users;

namespace TalentReform;

/// <summary>The composition root's service registrations: one line per concern, each in its own folder.</summary>
public static class TalentReformHostServices
{
    public static WebApplicationBuilder AddTalentReformHost(this WebApplicationBuilder builder)
    {
        builder.AddTalentReformLogging();
        builder.AddTalentReformPersistence();
        builder.Services.AddTalentReformModules();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        builder.AddTalentReformAuthentication();
        builder.AddTalentReformAuthorization();
        builder.AddTalentReformWebApi();
        builder.AddTalentReformRateLimiting();
        builder.AddTransportSecurity();
        builder.AddTalentReformOpenApi();
        builder.AddPlanningJobs();
        builder.Services.AddHostedService<MatchingRunWorker>();
        builder.AddTalentReformExceptionHandling();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }
}
