using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Serilog;
using TalentReform.Account;
using TalentReform.Authentication;
using TalentReform.Authorization;
using TalentReform.BackgroundJobs;
using TalentReform.Configuration;
using TalentReform.EntityFrameworkCore;
using TalentReform.ExceptionHandling;
using TalentReform.Identity;
using TalentReform.Json;
using TalentReform.Localization;
using TalentReform.OpenApi;
using TalentReform.Users;

namespace TalentReform;

/// <summary>The composition root's service registrations, one concern per method.</summary>
public static class TalentReformHostServices
{
    private const string SmartScheme = "cookie-or-bearer";

    public static WebApplicationBuilder AddTalentReformHost(this WebApplicationBuilder builder)
    {
        AddLogging(builder);

        AddPersistence(builder);
        builder.Services.AddTalentReformApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        AddIdentityAndAuthentication(builder);
        AddMvc(builder.Services);
        AddRateLimiting(builder);
        builder.AddTransportSecurity();
        AddOpenApi(builder.Services);
        builder.AddPlanningJobs();
        builder.Services.AddHostedService<BackgroundJobs.MatchingRunWorker>();

        builder.Services.AddDataProtection().PersistKeysToFileSystem(
            new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "App_Data", "keys")));
        builder.Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        builder.Services.AddSingleton<ProblemDetailsWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TalentReformDbContext>("database");
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }

    /// <summary>
    /// Serilog with the levels of the "Serilog" section, writing through <see cref="Logging.PersonalDataRedactingSink"/>
    /// to the sinks the section's WriteTo configures (read into a logger of their own behind it).
    /// </summary>
    private static void AddLogging(WebApplicationBuilder builder)
    {
        // Sink assemblies named, not discovered: under a test host the entry assembly's dependency context lists none.
        var sinkAssemblies = new Serilog.Settings.Configuration.ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(SerilogSettings(builder.Configuration, withSinks: false))
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Sink(new Logging.PersonalDataRedactingSink(new LoggerConfiguration().MinimumLevel.Verbose()
                .ReadFrom.Configuration(SerilogSettings(builder.Configuration, withSinks: true), sinkAssemblies).CreateLogger())),
            // The host's own logger, not the static bootstrap one: Program closes that when its Main ends, which under
            // WebApplicationFactory is right after Build() (so a test host used to log nothing).
            preserveStaticLogger: true);
    }

    /// <summary>
    /// The "Serilog" section's values, without the sinks for the outer logger. Only keys with a value: a host setting
    /// such as Serilog:WriteTo:1:Args:path can leave its parents present with an empty value, which Serilog would read
    /// as a sink with an empty name.
    /// </summary>
    private static IConfiguration SerilogSettings(IConfiguration configuration, bool withSinks) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.GetSection("Serilog").AsEnumerable()
                .Where(setting => !string.IsNullOrEmpty(setting.Value)
                    && (withSinks || !setting.Key.StartsWith("Serilog:WriteTo", StringComparison.OrdinalIgnoreCase))))
            .Build();

    private static void AddPersistence(WebApplicationBuilder builder)
    {
        var provider = builder.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section).Provider;
        var connectionString = builder.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionStrings.Prepare(connectionString, builder.Environment.ContentRootPath);
        }

        builder.Services.AddTalentReformEntityFrameworkCore(provider, connectionString);
        builder.Services.AddScoped<TalentReformDatabaseInitializer>();
    }

    private static void AddIdentityAndAuthentication(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var lockout = builder.AddValidatedOptions<LockoutSettings>(LockoutSettings.Section);
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.ClaimsIdentity.UserIdClaimType = TalentReformClaimTypes.UserId;
                o.ClaimsIdentity.UserNameClaimType = TalentReformClaimTypes.UserName;
                o.ClaimsIdentity.RoleClaimType = TalentReformClaimTypes.Role;
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 6;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = lockout.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.LockoutMinutes);
            })
            .AddEntityFrameworkStores<TalentReformDbContext>()
            .AddClaimsPrincipalFactory<TalentReformClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Every request, not Identity's default of every 30 minutes (see UserSessionValidator).
            o.Events.OnValidatePrincipal = context =>
                context.HttpContext.RequestServices.GetRequiredService<UserSessionValidator>().OnValidatePrincipalAsync(context);
        });
        builder.AddValidatedOptions<UserSessionOptions>(UserSessionOptions.Section);
        services.AddSingleton<UserSessionStates>();
        services.AddSingleton<UserSessionStateInvalidator>();
        services.AddSingleton<UserSessionValidator>();
        services.ConfigureDbContext<TalentReformDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<UserSessionStateInvalidator>()));

        builder.AddValidatedOptions<JwtOptions>(JwtOptions.Section);
        services.AddSingleton<SigningKeyProvider>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, SigningKeyProvider>((o, jwt, key) =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context => context.HttpContext.RequestServices.GetRequiredService<UserSessionValidator>().OnTokenValidatedAsync(context),
                };
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = key.Key,
                    NameClaimType = TalentReformClaimTypes.UserName,
                    RoleClaimType = TalentReformClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAntiforgery(o => o.HeaderName = AntiforgeryCookieAuthFilter.HeaderName);
        services.AddScoped<IAuthenticationSession, AuthenticationSession>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
        services.AddAuthorization();
    }

    private static void AddMvc(IServiceCollection services)
    {
        services.AddLocalization();
        services.AddControllers(o =>
            {
                o.Filters.Add<AntiforgeryCookieAuthFilter>();
                o.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelValidatorProviders.Add(new InputModelValidatorProvider());
                o.ModelBinderProviders.Insert(0, new NormalizedStringModelBinderProvider());
            })
            .AddApplicationPart(typeof(AccountController).Assembly)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(TalentReformResource)))
            .AddJsonOptions(o =>
            {
                JsonConfiguration.Configure(o.JsonSerializerOptions);
                // Keeps the serializer's exception in model state, so that ValidationProblemFactory can tell why a value was refused.
                o.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ValidationProblemFactory.Create);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => JsonConfiguration.ConfigureForOpenApi(o.SerializerOptions));
    }

    private static void AddRateLimiting(WebApplicationBuilder builder)
    {
        var limits = builder.AddValidatedOptions<RateLimitingOptions>(RateLimitingOptions.Section);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(AccountController.SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignIn.PermitLimit, Window = limits.SignIn.Window, QueueLimit = 0 }));
            o.AddPolicy(Talents.PublicPolicyCalculatorController.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
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
    }

    private static void AddOpenApi(IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer<OperationIdTransformer>();
            o.AddOperationTransformer<CamelCaseQueryParametersTransformer>();
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
}
