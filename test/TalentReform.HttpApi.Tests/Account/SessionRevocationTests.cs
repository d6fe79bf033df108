using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Identity;

namespace TalentReform.Account;

/// <summary>
/// Every request is checked against the user's current state: a token or cookie issued before a deactivation,
/// a deletion, a password change, a role removal or a logout stops working on the very next request.
/// </summary>
public class SessionRevocationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string UsersUrl = "/api/app/users";
    private const string XsrfHeader = "X-XSRF-TOKEN";
    private const string NewPassword = "n3w-Passw0rd";

    public enum UserChange
    {
        Deactivate,
        Delete,
        ChangePassword,
    }

    [Theory]
    [InlineData(UserChange.Deactivate)]
    [InlineData(UserChange.Delete)]
    [InlineData(UserChange.ChangePassword)]
    public async Task A_token_is_refused_right_after_its_user_changes(UserChange change)
    {
        // Arrange: the token works (and its user's state is now cached).
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var user = await CreateUserAsync(admin, RoleNames.HrOfficer);
        using var client = await factory.CreateClientAsync(user.UserName);
        (await client.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var changed = change switch
        {
            UserChange.Deactivate => await admin.PutJsonAsync($"{UsersUrl}/{user.Id}", UpdateOf(user, isActive: false)),
            UserChange.Delete => await admin.DeleteAsync($"{UsersUrl}/{user.Id}"),
            _ => await admin.PutJsonAsync($"{UsersUrl}/{user.Id}", UpdateOf(user, password: NewPassword)),
        };
        await changed.ShouldSucceedAsync();
        using var after = await client.GetAsync(UsersUrl);

        // Assert
        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
        if (change == UserChange.ChangePassword)
        {
            (await factory.GetAccessTokenAsync(user.UserName, NewPassword)).ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task A_token_of_a_deactivated_user_stays_refused_when_the_user_is_active_again()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var user = await CreateUserAsync(admin, RoleNames.HrOfficer);
        using var client = await factory.CreateClientAsync(user.UserName);
        using var deactivated = await admin.PutJsonAsync($"{UsersUrl}/{user.Id}", UpdateOf(user, isActive: false));
        var inactive = await deactivated.ShouldSucceedAsync<UserDto>();

        // Act
        using var reactivated = await admin.PutJsonAsync($"{UsersUrl}/{user.Id}", UpdateOf(inactive, isActive: true));
        await reactivated.ShouldSucceedAsync();
        using var after = await client.GetAsync(UsersUrl);

        // Assert: deactivation ended the session; only a new sign-in works.
        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
        using var fresh = await factory.CreateClientAsync(user.UserName);
        (await fresh.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_removed_role_takes_its_permissions_with_it_on_the_next_request()
    {
        // Arrange: hr-officer may list users, talent may not.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var user = await CreateUserAsync(admin, RoleNames.HrOfficer, RoleNames.Talent);
        using var client = await factory.CreateClientAsync(user.UserName);
        (await client.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var changed = await admin.PutJsonAsync($"{UsersUrl}/{user.Id}", UpdateOf(user, roleNames: [RoleNames.Talent]));
        await changed.ShouldSucceedAsync();
        using var after = await client.GetAsync(UsersUrl);
        var me = await client.GetJsonAsync<CurrentUserDto>("/api/account/me");

        // Assert: the same token, but the current grants.
        await after.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        me.IsAuthenticated.ShouldBeTrue();
        me.Roles.ShouldBe([RoleNames.Talent]);
        me.Permissions.ShouldNotContain(Permissions.TalentReformPermissions.Users.Default);
    }

    [Fact]
    public async Task A_role_given_inside_a_unit_of_work_applies_on_the_next_request()
    {
        // Arrange: a talent's token is refused the user list (and the talent's state is now cached).
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var user = await CreateUserAsync(admin, RoleNames.Talent);
        using var client = await factory.CreateClientAsync(user.UserName);
        (await client.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Act: on SQLite a unit of work writes added rows before EF's own save, so the eviction must not rely on
        // seeing them as added.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var userManager = services.GetRequiredService<UserManager<AppUser>>();
            using (services.GetRequiredService<IDataFilter>().DisableZoneFilter())
            {
                await services.GetRequiredService<IUnitOfWork>().RunInTransactionAsync(async _ =>
                {
                    var stored = await userManager.FindByIdAsync(user.Id.ToString());
                    (await userManager.AddToRoleAsync(stored!, RoleNames.HrOfficer)).Succeeded.ShouldBeTrue();
                    return (true, true);
                });
            }
        }

        using var after = await client.GetAsync(UsersUrl);

        // Assert
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cookie_replayed_after_logout_is_refused()
    {
        // Arrange: a browser signs in; its cookie header is copied before the logout.
        var user = await CreateUserAsync(await factory.CreateClientAsync(TestData.Users.Admin), RoleNames.HrOfficer);
        using var browser = factory.CreateAnonymousClient();
        using var login = await browser.PostJsonAsync("/api/account/login", new { user.UserName, password = TestData.Password });
        await login.ShouldSucceedAsync();
        var cookies = CookiesSetBy(login);
        using var replay = factory.CreateAnonymousClient();
        replay.DefaultRequestHeaders.Add("Cookie", cookies.Values.Select(c => c).ToList());
        (await replay.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("Cookie", cookies.Values.ToList());
        logout.Headers.Add(XsrfHeader, Uri.UnescapeDataString(cookies["XSRF-TOKEN"].Split('=', 2)[1]));
        using var logoutResponse = await browser.SendAsync(logout);
        using var after = await replay.GetAsync(UsersUrl);

        // Assert
        logoutResponse.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Logout_with_a_token_ends_that_token_too()
    {
        // Arrange
        var user = await CreateUserAsync(await factory.CreateClientAsync(TestData.Users.Admin), RoleNames.HrOfficer);
        using var client = await factory.CreateClientAsync(user.UserName);
        (await client.GetAsync(UsersUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var logout = await client.PostAsync("/api/account/logout", null);
        using var after = await client.GetAsync(UsersUrl);

        // Assert
        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_a_security_stamp_is_refused()
    {
        // Arrange: a token signed with the real key whose claims name a real admin but carry no stamp
        // (what a leaked key or an old token format would give).
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "TalentReform",
            Audience = "TalentReform",
            Claims = new Dictionary<string, object> { ["sub"] = TestData.AdminUserId.ToString(), ["name"] = TestData.Users.Admin, ["role"] = RoleNames.Admin },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(TalentReformWebApplicationFactory.SigningKey)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Act
        using var response = await client.GetAsync(UsersUrl);

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, TalentReformErrorCodes.Unauthorized);
    }

    private static async Task<UserDto> CreateUserAsync(HttpClient admin, params string[] roleNames)
    {
        using var response = await admin.PostJsonAsync(UsersUrl, new
        {
            userName = TestData.UniqueName("session"), name = "Session", password = TestData.Password, zoneId = TestData.JiangyinZoneId, roleNames,
        });
        return await response.ShouldSucceedAsync<UserDto>();
    }

    private static object UpdateOf(UserDto user, bool? isActive = null, string? password = null, IReadOnlyList<string>? roleNames = null) => new
    {
        user.Name,
        isActive = isActive ?? user.IsActive,
        roleNames = roleNames ?? user.RoleNames,
        password,
        user.ConcurrencyStamp,
    };

    /// <summary>Name → "name=value" of each cookie a response set.</summary>
    private static Dictionary<string, string> CookiesSetBy(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .GroupBy(c => c.Split('=')[0])
            .ToDictionary(g => g.Key, g => g.Last());
}
