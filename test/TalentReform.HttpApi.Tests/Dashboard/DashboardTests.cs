using TalentReform.Dashboard;
using TalentReform.Identity;

namespace TalentReform.Dashboard;

/// <summary>Real figures: the caller's zone and its users per role; recent changes only with TalentReform.AuditLogs.</summary>
public class DashboardTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    // The only test of this class that creates users, so the seeded counts hold when it starts.
    [Fact]
    public async Task Zone_dashboard_shows_the_zone_and_counts_its_users_per_role()
    {
        // Arrange
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act 1
        var seeded = await dalianHr.GetJsonAsync<DashboardDto>("/api/app/dashboard");

        // Assert 1
        seeded.Zone.ShouldNotBeNull();
        seeded.Zone.Id.ShouldBe(TestData.DalianZoneId);
        seeded.Zone.Code.ShouldBe("dalian");
        seeded.ZoneCount.ShouldBe(1);
        seeded.UserCount.ShouldBe(5);

        // Leaders: the deputy director, the 编办 reviewer and the director (the demo approval route).
        Counts(seeded).ShouldBe(new Dictionary<string, int> { [RoleNames.HrOfficer] = 1, [RoleNames.Leader] = 3, [RoleNames.Talent] = 1 });
        seeded.RecentAuditLogs.ShouldNotBeEmpty();
        seeded.RecentAuditLogs.ShouldAllBe(a => a.ZoneId == TestData.DalianZoneId);

        // Act 2: one more talent in Dalian.
        using var created = await dalianHr.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("dash"), name = "Dashboard", password = TestData.Password, roleNames = new[] { RoleNames.Talent },
        });
        await created.ShouldSucceedAsync();
        var after = await dalianHr.GetJsonAsync<DashboardDto>("/api/app/dashboard");

        // Assert 2
        after.UserCount.ShouldBe(6);
        Counts(after).ShouldBe(new Dictionary<string, int> { [RoleNames.HrOfficer] = 1, [RoleNames.Leader] = 3, [RoleNames.Talent] = 2 });
    }

    [Fact]
    public async Task A_talent_cannot_read_the_zone_dashboard()
    {
        // Arrange: the zone dashboard counts the zone's users per role; a talent has the portal (/my) instead.
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        // Act
        using var response = await talent.GetAsync("/api/app/dashboard");
        var me = await talent.GetJsonAsync<Account.CurrentUserDto>("/api/account/me");

        // Assert
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        me.Permissions.ShouldNotContain(Permissions.TalentReformPermissions.Dashboard);
        me.Permissions.ShouldContain(Permissions.TalentReformPermissions.My);
    }

    [Fact]
    public async Task Admin_dashboard_has_no_zone_and_totals_over_all_zones()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        var dashboard = await admin.GetJsonAsync<DashboardDto>("/api/app/dashboard");

        // Assert
        dashboard.Zone.ShouldBeNull();
        dashboard.ZoneCount.ShouldBe(3);
        var counts = Counts(dashboard);
        counts[RoleNames.Admin].ShouldBe(1);
        counts[RoleNames.HrOfficer].ShouldBe(3);
        counts[RoleNames.Leader].ShouldBe(9); // per zone: the leader, the 编办 reviewer and the director
        dashboard.UserCount.ShouldBe(counts.Values.Sum());
    }

    private static Dictionary<string, int> Counts(DashboardDto dashboard) =>
        dashboard.UsersByRole.ToDictionary(c => c.RoleName, c => c.Count);
}
