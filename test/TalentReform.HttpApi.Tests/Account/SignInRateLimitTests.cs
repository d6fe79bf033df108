using System.Net;

namespace TalentReform.Account;

/// <summary>A host that allows only three sign-in attempts per window.</summary>
public class RateLimitedWebApplicationFactory : TalentReformWebApplicationFactory
{
    public const int PermitLimit = 3;

    protected override IDictionary<string, string?> GetSettings()
    {
        var settings = base.GetSettings();
        settings["RateLimiting:SignIn:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}

public class SignInRateLimitTests(RateLimitedWebApplicationFactory factory) : IClassFixture<RateLimitedWebApplicationFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_permit_limit_get_429_while_other_endpoints_still_answer()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();

        // Act: the limit counts every attempt, successful or not, on both sign-in endpoints.
        using (var ok = await client.PostJsonAsync("/api/account/token", new { userName = TestData.Users.DalianHr, password = TestData.Password }))
        {
            statuses.Add(ok.StatusCode);
        }

        using (var wrong = await client.PostJsonAsync("/api/account/token", new { userName = TestData.Users.DalianHr, password = "wrong-password" }))
        {
            statuses.Add(wrong.StatusCode);
        }

        using (var cookie = await client.PostJsonAsync("/api/account/login", new { userName = TestData.Users.DalianHr, password = "wrong-password" }))
        {
            statuses.Add(cookie.StatusCode);
        }

        using var fourth = await client.PostJsonAsync("/api/account/token", new { userName = TestData.Users.DalianHr, password = TestData.Password });
        using var me = await client.GetAsync("/api/account/me");

        // Assert
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized]);
        await fourth.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, TalentReformErrorCodes.TooManyRequests);
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
