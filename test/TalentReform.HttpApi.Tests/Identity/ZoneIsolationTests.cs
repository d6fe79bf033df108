using System.Net;
using TalentReform.Auditing;
using TalentReform.Dtos;

namespace TalentReform.Identity;

/// <summary>A zone user sees and touches only their own zone's data; the platform admin sees every zone.</summary>
public class ZoneIsolationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Zone_user_lists_only_the_users_of_their_zone()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        var list = await dalianHr.GetJsonAsync<PagedResultDto<UserDto>>("/api/app/users?maxResultCount=1000");

        // Assert
        list.Items.ShouldAllBe(u => u.ZoneId == TestData.DalianZoneId && u.ZoneCode == "dalian");
        list.TotalCount.ShouldBe(list.Items.Count);
        list.Items.Select(u => u.UserName).ShouldContainAll([TestData.Users.DalianHr, TestData.Users.DalianLeader, TestData.Users.DalianTalent]);
        list.Items.ShouldNotContain(u => u.UserName == TestData.Users.ChengdeHr || u.UserName == TestData.Users.Admin);
    }

    [Fact]
    public async Task Zone_user_cannot_read_change_or_delete_a_user_of_another_zone()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var chengdeTalent = await FindUserAsync(admin, TestData.Users.ChengdeTalent);
        var url = $"/api/app/users/{chengdeTalent.Id}";

        // Act
        using var get = await dalianHr.GetAsync(url);
        using var put = await dalianHr.PutJsonAsync(url, new
        {
            name = "Hijacked", isActive = false, roleNames = new[] { RoleNames.Talent }, concurrencyStamp = chengdeTalent.ConcurrencyStamp,
        });
        using var delete = await dalianHr.DeleteAsync(url);

        // Assert
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await put.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        var unchanged = await admin.GetJsonAsync<UserDto>(url);
        unchanged.Name.ShouldBe(chengdeTalent.Name);
        unchanged.IsActive.ShouldBeTrue();
        unchanged.ConcurrencyStamp.ShouldBe(chengdeTalent.ConcurrencyStamp);
    }

    [Fact]
    public async Task Zone_user_reads_only_their_zone_audit_log()
    {
        // Arrange: changes in two zones.
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var chengdeHr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        var dalianUser = await CreateTalentAsync(dalianHr);
        var chengdeUser = await CreateTalentAsync(chengdeHr);

        // Act
        var dalianLog = await dalianHr.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=1000");
        var chengdeLog = await chengdeHr.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=1000");

        // Assert
        dalianLog.Items.ShouldNotBeEmpty();
        dalianLog.Items.ShouldAllBe(a => a.ZoneId == TestData.DalianZoneId);
        dalianLog.Items.ShouldContain(a => a.EntityType == "AppUser" && a.EntityId == dalianUser.Id.ToString());
        dalianLog.Items.ShouldNotContain(a => a.EntityId == chengdeUser.Id.ToString());
        chengdeLog.Items.ShouldAllBe(a => a.ZoneId == TestData.ChengdeZoneId);
        chengdeLog.Items.ShouldContain(a => a.EntityId == chengdeUser.Id.ToString());
    }

    [Fact]
    public async Task Admin_sees_the_users_of_every_zone_and_can_filter_by_zone()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        var all = await admin.GetJsonAsync<PagedResultDto<UserDto>>("/api/app/users?maxResultCount=1000");
        var chengde = await admin.GetJsonAsync<PagedResultDto<UserDto>>($"/api/app/users?maxResultCount=1000&zoneId={TestData.ChengdeZoneId}");

        // Assert
        all.Items.Select(u => u.ZoneId).Distinct().ShouldBe(
            [null, TestData.DalianZoneId, TestData.ChengdeZoneId, TestData.JiangyinZoneId], ignoreOrder: true);
        all.Items.Select(u => u.UserName).ShouldContainAll([TestData.Users.Admin, TestData.Users.DalianHr, TestData.Users.ChengdeHr, TestData.Users.JiangyinHr]);
        chengde.Items.ShouldNotBeEmpty();
        chengde.Items.ShouldAllBe(u => u.ZoneId == TestData.ChengdeZoneId);
        chengde.Items.Select(u => u.UserName).ShouldContainAll([TestData.Users.ChengdeHr, TestData.Users.ChengdeLeader, TestData.Users.ChengdeTalent]);
        chengde.TotalCount.ShouldBe(all.Items.Count(u => u.ZoneId == TestData.ChengdeZoneId));
    }

    [Fact]
    public async Task Zone_filter_in_the_query_is_ignored_for_a_zone_user()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        var list = await dalianHr.GetJsonAsync<PagedResultDto<UserDto>>($"/api/app/users?maxResultCount=1000&zoneId={TestData.ChengdeZoneId}");

        // Assert
        list.Items.ShouldNotBeEmpty();
        list.Items.ShouldAllBe(u => u.ZoneId == TestData.DalianZoneId);
    }

    private static async Task<UserDto> FindUserAsync(HttpClient client, string userName)
    {
        var list = await client.GetJsonAsync<PagedResultDto<UserDto>>($"/api/app/users?filter={userName}&maxResultCount=1000");
        return list.Items.Single(u => u.UserName == userName);
    }

    private static async Task<UserDto> CreateTalentAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("iso"), name = "Isolation", password = TestData.Password, roleNames = new[] { RoleNames.Talent },
        });
        return await response.ShouldSucceedAsync<UserDto>();
    }
}
