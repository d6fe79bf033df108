using System.Net;
using TalentReform.Account;
using TalentReform.Dtos;

namespace TalentReform.Identity;

/// <summary>User management: zone placement, role rules, unique names, optimistic concurrency.</summary>
public class UserTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/app/users";

    [Fact]
    public async Task Zone_user_creates_users_in_their_own_zone_whatever_zone_the_body_names()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var userName = TestData.UniqueName("own-zone");

        // Act
        // (A talent: giving any other role needs Users.AssignRoles, which HR does not hold — see SeparationOfDutiesTests.)
        using var response = await dalianHr.PostJsonAsync(Url, NewUser(userName, RoleNames.Talent, TestData.ChengdeZoneId));

        // Assert
        var created = await response.ShouldSucceedAsync<UserDto>();
        created.UserName.ShouldBe(userName);
        created.ZoneId.ShouldBe(TestData.DalianZoneId);
        created.ZoneCode.ShouldBe("dalian");
        created.RoleNames.ShouldBe([RoleNames.Talent]);
        created.IsActive.ShouldBeTrue();
        (await admin.GetJsonAsync<UserDto>($"{Url}/{created.Id}")).ZoneId.ShouldBe(TestData.DalianZoneId);
        (await factory.GetAccessTokenAsync(userName)).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Admin_places_a_new_user_in_the_zone_the_body_names()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        using var response = await admin.PostJsonAsync(Url, NewUser(TestData.UniqueName("placed"), RoleNames.HrOfficer, TestData.JiangyinZoneId));

        // Assert
        var created = await response.ShouldSucceedAsync<UserDto>();
        created.ZoneId.ShouldBe(TestData.JiangyinZoneId);
        created.ZoneCode.ShouldBe("jiangyin");
    }

    [Fact]
    public async Task Zone_user_cannot_give_the_admin_role_and_nothing_is_created()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var userName = TestData.UniqueName("no-admin");

        // Act
        using var response = await dalianHr.PostJsonAsync(Url, NewUser(userName, RoleNames.Admin));

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RoleNotAllowedForUser);
        (await CountNamedAsync(dalianHr, userName)).ShouldBe(0);
    }

    [Fact]
    public async Task Platform_user_cannot_get_a_zone_role()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        using var response = await admin.PostJsonAsync(Url, NewUser(TestData.UniqueName("no-zone"), RoleNames.Talent, zoneId: null));

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RoleNotAllowedForUser);
    }

    [Fact]
    public async Task Unknown_role_is_422()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        using var response = await dalianHr.PostJsonAsync(Url, NewUser(TestData.UniqueName("bad-role"), "superuser"));

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.UnknownRole);
    }

    [Fact]
    public async Task User_names_are_unique_across_zones()
    {
        // Arrange: chengde-talent exists in another zone, invisible to dalian-hr.
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var before = (await admin.GetJsonAsync<PagedResultDto<UserDto>>($"{Url}?maxResultCount=1")).TotalCount;

        // Act
        using var response = await dalianHr.PostJsonAsync(Url, NewUser(TestData.Users.ChengdeTalent, RoleNames.Talent));

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.UserNameAlreadyExists);
        problem.Detail.ShouldNotBeNull();
        problem.Detail.ShouldContain(TestData.Users.ChengdeTalent);
        (await admin.GetJsonAsync<PagedResultDto<UserDto>>($"{Url}?maxResultCount=1")).TotalCount.ShouldBe(before);
    }

    [Fact]
    public async Task Update_changes_the_user_and_a_stale_stamp_is_409()
    {
        // Arrange
        // (The platform admin edits: making someone a leader needs Users.AssignRoles.)
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var createResponse = await dalianHr.PostJsonAsync(Url, NewUser(TestData.UniqueName("stamp"), RoleNames.Talent));
        var user = await createResponse.ShouldSucceedAsync<UserDto>();
        using var firstSave = await admin.PutJsonAsync($"{Url}/{user.Id}", Update("First editor", RoleNames.Leader, user.ConcurrencyStamp));
        var saved = await firstSave.ShouldSucceedAsync<UserDto>();

        // Act
        using var secondSave = await admin.PutJsonAsync($"{Url}/{user.Id}", Update("Second editor", RoleNames.Talent, user.ConcurrencyStamp));

        // Assert
        saved.Name.ShouldBe("First editor");
        saved.RoleNames.ShouldBe([RoleNames.Leader]);
        saved.ConcurrencyStamp.ShouldNotBe(user.ConcurrencyStamp);
        await secondSave.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        var current = await dalianHr.GetJsonAsync<UserDto>($"{Url}/{user.Id}");
        current.Name.ShouldBe("First editor");
        current.RoleNames.ShouldBe([RoleNames.Leader]);
        current.ConcurrencyStamp.ShouldBe(saved.ConcurrencyStamp);
    }

    [Fact]
    public async Task Update_with_a_new_password_lets_the_user_sign_in_with_it()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var userName = TestData.UniqueName("password");
        using var createResponse = await dalianHr.PostJsonAsync(Url, NewUser(userName, RoleNames.Talent));
        var user = await createResponse.ShouldSucceedAsync<UserDto>();

        // Act
        using var response = await dalianHr.PutJsonAsync($"{Url}/{user.Id}", new
        {
            name = user.Name, password = "N3w-password", isActive = true, roleNames = new[] { RoleNames.Talent }, concurrencyStamp = user.ConcurrencyStamp,
        });

        // Assert
        await response.ShouldSucceedAsync();
        (await factory.GetAccessTokenAsync(userName, "N3w-password")).ShouldNotBeNullOrEmpty();
        await Should.ThrowAsync<InvalidOperationException>(() => factory.GetAccessTokenAsync(userName));
    }

    [Fact]
    public async Task Deleting_yourself_is_422()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var me = await dalianHr.GetJsonAsync<CurrentUserDto>("/api/account/me");

        // Act
        using var response = await dalianHr.DeleteAsync($"{Url}/{me.Id}");

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotDeleteSelf);
        (await dalianHr.GetJsonAsync<UserDto>($"{Url}/{me.Id}")).UserName.ShouldBe(TestData.Users.DalianHr);
    }

    [Fact]
    public async Task Deleted_user_is_gone_and_cannot_sign_in()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var userName = TestData.UniqueName("deleted");
        using var createResponse = await dalianHr.PostJsonAsync(Url, NewUser(userName, RoleNames.Talent));
        var user = await createResponse.ShouldSucceedAsync<UserDto>();

        // Act
        using var response = await dalianHr.DeleteAsync($"{Url}/{user.Id}");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var get = await dalianHr.GetAsync($"{Url}/{user.Id}");
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await Should.ThrowAsync<InvalidOperationException>(() => factory.GetAccessTokenAsync(userName));
    }

    private static object NewUser(string userName, string role, Guid? zoneId = null) => new
    {
        userName, name = "测试用户", password = TestData.Password, zoneId, roleNames = new[] { role },
    };

    private static object Update(string name, string role, string stamp) => new
    {
        name, isActive = true, roleNames = new[] { role }, concurrencyStamp = stamp,
    };

    private static async Task<int> CountNamedAsync(HttpClient client, string userName) =>
        (await client.GetJsonAsync<PagedResultDto<UserDto>>($"{Url}?filter={userName}")).Items.Count(u => u.UserName == userName);
}
