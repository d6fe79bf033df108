using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentReform.Authentication;
using TalentReform.Identity;

namespace TalentReform.Account;

/// <summary>
/// Host-level hardening: no user enumeration through the lockout answer, no caching of API responses,
/// HSTS on https, and no signing key committed with the sources (a per-installation key instead).
/// </summary>
public class HostHardeningTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task An_unknown_user_name_gets_exactly_the_answers_of_a_real_one_through_lockout()
    {
        // Arrange: a real user of its own, and a name that belongs to nobody.
        var realUser = TestData.UniqueName("real");
        using (var admin = await factory.CreateClientAsync(TestData.Users.Admin))
        {
            using var created = await admin.PostJsonAsync("/api/app/users", new
            {
                userName = realUser, name = "Real", password = TestData.Password, zoneId = TestData.JiangyinZoneId, roleNames = new[] { RoleNames.Talent },
            });
            await created.ShouldSucceedAsync();
        }

        var unknownUser = TestData.UniqueName("nobody");

        // Act: six wrong passwords, then the real password (for the unknown name: any password).
        var real = await SignInSequenceAsync(realUser);
        var unknown = await SignInSequenceAsync(unknownUser);

        // Assert: the same statuses, codes and messages, in the same order.
        real[4].ShouldContain(TalentReformErrorCodes.UserLockedOut);
        real[6].ShouldContain(TalentReformErrorCodes.UserLockedOut);
        unknown.ShouldBe(real);
    }

    [Fact]
    public async Task Api_responses_are_not_stored_by_caches()
    {
        // Arrange
        using var client = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var anonymous = factory.CreateAnonymousClient();

        // Act
        using var data = await client.GetAsync("/api/app/users");
        using var problem = await anonymous.GetAsync("/api/app/users");
        using var document = await anonymous.GetAsync("/openapi/v1.json");

        // Assert
        foreach (var response in new[] { data, problem })
        {
            response.Headers.CacheControl.ShouldNotBeNull(response.RequestMessage!.RequestUri!.ToString());
            response.Headers.CacheControl.NoStore.ShouldBeTrue();
            response.Headers.Pragma.ToString().ShouldBe("no-cache");
        }

        data.StatusCode.ShouldBe(HttpStatusCode.OK);
        problem.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        (document.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse("only /api answers carry no-store");
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_plain_http_answers_do_not()
    {
        // Arrange
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://talentreform.example"), AllowAutoRedirect = false, HandleCookies = false,
        });
        using var http = factory.CreateAnonymousClient();

        // Act
        using var secure = await https.GetAsync("/api/account/me");
        using var plain = await http.GetAsync("/api/account/me");

        // Assert
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue();
        hsts!.Single().ShouldStartWith("max-age=");
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public void The_committed_development_settings_carry_no_signing_key()
    {
        // Arrange
        var path = Path.Combine(RepositoryPaths.Root, "aspnet-core", "src", "TalentReform.HttpApi.Host", "appsettings.Development.json");

        // Act
        using var settings = JsonDocument.Parse(File.ReadAllText(path));

        // Assert
        var hasKey = settings.RootElement.TryGetProperty("Auth", out var auth)
            && auth.TryGetProperty("Jwt", out var jwt)
            && jwt.TryGetProperty("SigningKey", out _);
        hasKey.ShouldBeFalse("a committed key lets anyone mint tokens for every quick-start instance");
        File.ReadAllText(path).ShouldNotContain("SigningKey");
    }

    [Fact]
    public async Task Without_a_configured_key_one_is_generated_into_App_Data_and_reused_after_a_restart()
    {
        // Arrange
        var contentRoot = Directory.CreateTempSubdirectory("talentreform-key-").FullName;
        try
        {
            // Act: two starts of the same installation, and one of another installation.
            var first = NewProvider(contentRoot, configuredKey: null);
            var second = NewProvider(contentRoot, configuredKey: null);
            var otherRoot = Directory.CreateTempSubdirectory("talentreform-key-").FullName;
            var other = NewProvider(otherRoot, configuredKey: null);
            Directory.Delete(otherRoot, recursive: true);

            // Assert: the same key across restarts, a different key elsewhere, the file private to its owner.
            var keyFile = Path.Combine(contentRoot, SigningKeyProvider.KeyFileRelativePath);
            File.Exists(keyFile).ShouldBeTrue();
            first.Key.Key.Length.ShouldBeGreaterThanOrEqualTo(32);
            second.Key.Key.ShouldBe(first.Key.Key);
            other.Key.Key.ShouldNotBe(first.Key.Key);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = "TalentReform", Audience = "TalentReform", Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(first.Key, SecurityAlgorithms.HmacSha256),
            });
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidIssuer = "TalentReform", ValidAudience = "TalentReform", IssuerSigningKey = second.Key,
            });
            validation.IsValid.ShouldBeTrue(validation.Exception?.Message);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void A_configured_key_wins_and_nothing_is_written()
    {
        // Arrange
        var contentRoot = Directory.CreateTempSubdirectory("talentreform-key-").FullName;
        try
        {
            // Act
            var provider = NewProvider(contentRoot, TalentReformWebApplicationFactory.SigningKey);

            // Assert
            provider.Key.Key.ShouldBe(System.Text.Encoding.UTF8.GetBytes(TalentReformWebApplicationFactory.SigningKey));
            File.Exists(Path.Combine(contentRoot, SigningKeyProvider.KeyFileRelativePath)).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private static SigningKeyProvider NewProvider(string contentRoot, string? configuredKey) =>
        new(
            Options.Create(new JwtOptions { SigningKey = configuredKey }),
            new HostingEnvironment { ContentRootPath = contentRoot, EnvironmentName = "Production" },
            NullLogger<SigningKeyProvider>.Instance);

    /// <summary>Six wrong passwords and then the right one, each answer as "status code title detail".</summary>
    private async Task<List<string>> SignInSequenceAsync(string userName)
    {
        using var client = factory.CreateAnonymousClient();
        var answers = new List<string>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var password = attempt <= 6 ? "wrong-password" : TestData.Password;
            using var response = await client.PostJsonAsync("/api/account/token", new { userName, password });
            var problem = await response.ReadProblemAsync();
            answers.Add($"{(int)response.StatusCode} {problem.Code} {problem.Title} {problem.Detail}");
        }

        return answers;
    }
}
