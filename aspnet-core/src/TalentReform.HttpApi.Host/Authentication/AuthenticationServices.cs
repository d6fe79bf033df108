using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TalentReform.Account;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;
using TalentReform.Configuration;

namespace TalentReform.Authentication;

/// <summary>
/// Who the caller is: Identity (users, lockout), the cookie of the Angular app and bearer tokens for API clients
/// behind one scheme that picks by the Authorization header, and the per-request session check of both.
/// </summary>
public static class AuthenticationServices
{
    private const string SmartScheme = "cookie-or-bearer";

    public static WebApplicationBuilder AddTalentReformAuthentication(this WebApplicationBuilder builder)
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

        // The keys that protect the cookies, the antiforgery tokens and Identity's reset tokens.
        services.AddDataProtection().PersistKeysToFileSystem(
            new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, "App_Data", "keys")));
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
        AddUserSessions(builder);
        AddSchemes(builder);

        services.AddAntiforgery(o => o.HeaderName = AntiforgeryCookieAuthFilter.HeaderName);
        services.AddScoped<IAuthenticationSession, AuthenticationSession>();
        return builder;
    }

    /// <summary>The cached user state each request is checked against, evicted by every save that touches a user.</summary>
    private static void AddUserSessions(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<UserSessionOptions>(UserSessionOptions.Section);
        services.AddSingleton<UserSessionStates>();
        services.AddSingleton<UserSessionStateInvalidator>();
        services.AddSingleton<UserSessionValidator>();
        services.ConfigureDbContext<TalentReformDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<UserSessionStateInvalidator>()));
    }

    private static void AddSchemes(WebApplicationBuilder builder)
    {
        var services = builder.Services;
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
    }
}
