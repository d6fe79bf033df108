using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using TalentReform.Account;
using TalentReform.Data.Seeding;
using TalentReform.Identity;
using TalentReform.Localization;
using TalentReform.Permissions;

namespace TalentReform.Account;

/// <summary>Sign-in (token and cookie), 401/403 answers, lockout and the current-user endpoint.</summary>
public partial class AuthenticationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string XsrfCookie = "XSRF-TOKEN";
    private const string XsrfHeader = "X-XSRF-TOKEN";

    [Fact]
    public async Task Protected_route_without_credentials_is_401_with_problem_details()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/api/app/users");

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Protected_route_with_a_forged_token_is_401()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        var token = await factory.GetAccessTokenAsync(TestData.Users.Admin);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");

        // Act
        using var response = await client.GetAsync("/api/app/users");

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    [Theory]
    [InlineData(TestData.Users.DalianTalent, "/api/app/users")]
    [InlineData(TestData.Users.DalianHr, "/api/host/zones")]
    [InlineData(TestData.Users.DalianLeader, "/api/app/permissions?providerName=R&providerKey=leader")]
    public async Task Signed_in_user_without_the_permission_gets_403(string userName, string url)
    {
        // Arrange
        using var client = await factory.CreateClientAsync(userName);

        // Act
        using var response = await client.GetAsync(url);

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Wrong_password_is_401_with_the_chinese_message_by_default()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.PostJsonAsync("/api/account/token", new { userName = TestData.Users.JiangyinLeader, password = "wrong-password" });

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.InvalidCredentials);
        problem.Title.ShouldBe(TalentReformResource.GetTexts(LocalizationCultures.Default)[TalentReformErrorCodes.InvalidCredentials]);
        Chinese().IsMatch(problem.Title!).ShouldBeTrue(problem.Title);
    }

    [Fact]
    public async Task Wrong_password_is_401_with_the_english_message_for_accept_language_en()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        // Act
        using var response = await client.PostJsonAsync("/api/account/token", new { userName = TestData.Users.JiangyinLeader, password = "wrong-password" });

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.InvalidCredentials);
        problem.Title.ShouldBe(TalentReformResource.GetTexts(LocalizationCultures.English)[TalentReformErrorCodes.InvalidCredentials]);
        Chinese().IsMatch(problem.Title!).ShouldBeFalse(problem.Title);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.PostJsonAsync("/api/account/token", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = TestData.Password });

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_user_out_even_for_the_right_password()
    {
        // Arrange: a user of its own, who can sign in before the failures.
        var userName = TestData.UniqueName("lockout");
        using (var admin = await factory.CreateClientAsync(TestData.Users.Admin))
        {
            using var created = await admin.PostJsonAsync("/api/app/users", new
            {
                userName, name = "Lockout", password = TestData.Password, zoneId = TestData.JiangyinZoneId, roleNames = new[] { RoleNames.Talent },
            });
            await created.ShouldSucceedAsync();
        }

        (await factory.GetAccessTokenAsync(userName)).ShouldNotBeNullOrEmpty();
        using var client = factory.CreateAnonymousClient();
        var codes = new List<string?>();

        // Act
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await client.PostJsonAsync("/api/account/token", new { userName, password = "wrong-password" });
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            codes.Add((await failed.ReadProblemAsync()).Code);
        }

        using var rightPassword = await client.PostJsonAsync("/api/account/token", new { userName, password = TestData.Password });
        using var cookieSignIn = await client.PostJsonAsync("/api/account/login", new { userName, password = TestData.Password });

        // Assert
        codes.ShouldBe([
            TalentReformErrorCodes.InvalidCredentials, TalentReformErrorCodes.InvalidCredentials, TalentReformErrorCodes.InvalidCredentials,
            TalentReformErrorCodes.InvalidCredentials, TalentReformErrorCodes.UserLockedOut,
        ]);
        await rightPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.UserLockedOut);
        await cookieSignIn.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.UserLockedOut);
    }

    [Theory]
    [InlineData(TestData.Users.DalianHr, "dalian", RoleNames.HrOfficer)]
    [InlineData(TestData.Users.DalianLeader, "dalian", RoleNames.Leader)]
    [InlineData(TestData.Users.DalianTalent, "dalian", RoleNames.Talent)]
    [InlineData(TestData.Users.ChengdeHr, "chengde", RoleNames.HrOfficer)]
    public async Task Me_returns_the_zone_roles_and_granted_permissions_of_a_zone_user(string userName, string zoneCode, string role)
    {
        // Arrange
        using var client = await factory.CreateClientAsync(userName);
        var zone = DemoZones.All.Single(z => z.Code == zoneCode);

        // Act
        var me = await client.GetJsonAsync<CurrentUserDto>("/api/account/me");

        // Assert
        me.IsAuthenticated.ShouldBeTrue();
        me.UserName.ShouldBe(userName);
        me.Zone.ShouldNotBeNull();
        me.Zone.Id.ShouldBe(zone.Id);
        me.Zone.Code.ShouldBe(zone.Code);
        me.Zone.NameZh.ShouldBe(zone.NameZh);
        me.Zone.NameEn.ShouldBe(zone.NameEn);
        me.Roles.ShouldBe([role]);
        me.Permissions.ShouldBe(DefaultPermissionGrants.ByRole[role].Order().ToList());
    }

    [Fact]
    public async Task Me_returns_every_permission_and_no_zone_for_the_platform_admin()
    {
        // Arrange
        using var client = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        var me = await client.GetJsonAsync<CurrentUserDto>("/api/account/me");

        // Assert
        me.IsAuthenticated.ShouldBeTrue();
        me.Id.ShouldBe(TestData.AdminUserId);
        me.Zone.ShouldBeNull();
        me.Roles.ShouldBe([RoleNames.Admin]);
        me.Permissions.ShouldBe(PermissionDefinitions.All.Select(p => p.Name).Order().ToList());
    }

    [Fact]
    public async Task Me_without_credentials_is_anonymous()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var me = await client.GetJsonAsync<CurrentUserDto>("/api/account/me");

        // Assert
        me.IsAuthenticated.ShouldBeFalse();
        me.UserName.ShouldBeNull();
        me.Permissions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cookie_sign_in_requires_the_xsrf_header_for_changes_and_logout_ends_the_session()
    {
        // Arrange: the browser first asks who it is and receives the XSRF-TOKEN cookie.
        using var browser = factory.CreateCookieClient();
        string anonymousXsrf;
        using (var first = await browser.GetAsync("/api/account/me"))
        {
            await first.ShouldSucceedAsync();
            anonymousXsrf = XsrfCookieSetBy(first);
        }

        var newUser = new
        {
            userName = TestData.UniqueName("cookie"), name = "Cookie", password = TestData.Password, roleNames = new[] { RoleNames.Talent },
        };

        // Act 1: cookie sign-in.
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
        {
            Content = JsonContent(new { userName = TestData.Users.DalianHr, password = TestData.Password }),
        };
        login.Headers.Add(XsrfHeader, anonymousXsrf);
        using var loginResponse = await browser.SendAsync(login);

        // Assert 1: signed in with the auth cookie and a fresh XSRF token bound to the user.
        var signedIn = await loginResponse.ShouldSucceedAsync<CurrentUserDto>();
        signedIn.IsAuthenticated.ShouldBeTrue();
        signedIn.UserName.ShouldBe(TestData.Users.DalianHr);
        loginResponse.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        var userXsrf = XsrfCookieSetBy(loginResponse);
        userXsrf.ShouldNotBe(anonymousXsrf);

        // Act 2: a change with the auth cookie but without the header (what a cross-site form would send).
        using var withoutHeader = await browser.PostJsonAsync("/api/app/users", newUser);

        // Assert 2: refused, and nothing was created.
        await withoutHeader.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.AntiforgeryFailed);
        (await CountUsersNamedAsync(browser, newUser.userName)).ShouldBe(0);

        // Act 3: the same change with the refreshed header.
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, "/api/app/users") { Content = JsonContent(newUser) };
        withHeader.Headers.Add(XsrfHeader, userXsrf);
        using var withHeaderResponse = await browser.SendAsync(withHeader);

        // Assert 3
        var created = await withHeaderResponse.ShouldSucceedAsync<UserDto>();
        created.ZoneId.ShouldBe(TestData.DalianZoneId);
        (await CountUsersNamedAsync(browser, newUser.userName)).ShouldBe(1);

        // Act 4: logout, then ask again.
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add(XsrfHeader, userXsrf);
        using var logoutResponse = await browser.SendAsync(logout);
        var after = await browser.GetJsonAsync<CurrentUserDto>("/api/account/me");
        using var protectedAfter = await browser.GetAsync("/api/app/users");

        // Assert 4
        logoutResponse.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.IsAuthenticated.ShouldBeFalse();
        await protectedAfter.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    private static async Task<long> CountUsersNamedAsync(HttpClient client, string userName)
    {
        var list = await client.GetJsonAsync<Dtos.PagedResultDto<UserDto>>($"/api/app/users?filter={userName}");
        return list.Items.Count(u => u.UserName == userName);
    }

    /// <summary>The XSRF-TOKEN cookie a response set (the client's cookie handler keeps it too, but does not expose it).</summary>
    private static string XsrfCookieSetBy(HttpResponseMessage response)
    {
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeTrue("no cookie was set");
        var cookie = cookies!.SingleOrDefault(c => c.StartsWith(XsrfCookie + "=", StringComparison.Ordinal));
        cookie.ShouldNotBeNull($"no {XsrfCookie} cookie in: {string.Join(" | ", cookies!)}");
        var value = Uri.UnescapeDataString(cookie[(XsrfCookie.Length + 1)..].Split(';')[0]);
        value.ShouldNotBeNullOrWhiteSpace();
        return value;
    }

    private static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body, options: HttpJson.Options);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
