using System.Net;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Identity;

/// <summary>Permission grants per role (R) and per user (U), managed by the platform admin.</summary>
public class PermissionTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string LeaderGrants = "/api/app/permissions?providerName=R&providerKey=leader";

    [Fact]
    public async Task Admin_reads_the_grants_of_a_role_without_host_only_permissions()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        var result = await admin.GetJsonAsync<GetPermissionListResultDto>(LeaderGrants);

        // Assert
        var permissions = result.Groups.SelectMany(g => g.Permissions).ToList();
        permissions.Select(p => p.Name).ShouldBe(PermissionDefinitions.All.Where(p => !p.IsHostOnly).Select(p => p.Name));
        permissions.Where(p => p.IsGranted).Select(p => p.Name).ShouldBe(
            [
                TalentReformPermissions.Dashboard, TalentReformPermissions.AuditLogs, TalentReformPermissions.Users.Default,
                TalentReformPermissions.OrgUnits.Default, TalentReformPermissions.Posts.Default, TalentReformPermissions.Persons.Default,
                TalentReformPermissions.Appointments.Default, TalentReformPermissions.WorkCalendar.Default,
                TalentReformPermissions.StaffingPlans.Default, TalentReformPermissions.Approvals, TalentReformPermissions.ApprovalRoutes.Default,
                TalentReformPermissions.ApprovalStats, TalentReformPermissions.Notifications,
                TalentReformPermissions.TalentProfiles.Default, TalentReformPermissions.TalentTiers.Default, TalentReformPermissions.TalentPolicies.Default,
                TalentReformPermissions.Entitlements, TalentReformPermissions.Installments.Default,
                TalentReformPermissions.RecruitmentPlans.Default, TalentReformPermissions.StaffingPool.Default,
                TalentReformPermissions.RecruitmentCampaigns.Default, TalentReformPermissions.RecruitmentCampaigns.Stats,
            ],
            ignoreOrder: true);
        permissions.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.DisplayName) && p.DisplayName != p.Name);
    }

    [Fact]
    public async Task Granting_a_permission_to_a_role_lets_its_users_act_and_revoking_takes_it_away()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using (var leaderBefore = await factory.CreateClientAsync(TestData.Users.DalianLeader))
        {
            using var refused = await leaderBefore.PostJsonAsync("/api/app/users", NewTalent());
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        }

        try
        {
            // Act 1: grant.
            using var grant = await admin.PutJsonAsync(LeaderGrants, Change(TalentReformPermissions.Users.Create, true));

            // Assert 1
            grant.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await GrantedAsync(admin, LeaderGrants)).ShouldContain(TalentReformPermissions.Users.Create);
            using (var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader))
            {
                using var created = await leader.PostJsonAsync("/api/app/users", NewTalent());
                (await created.ShouldSucceedAsync<UserDto>()).ZoneId.ShouldBe(TestData.DalianZoneId);
            }

            // Act 2: revoke.
            using var revoke = await admin.PutJsonAsync(LeaderGrants, Change(TalentReformPermissions.Users.Create, false));

            // Assert 2
            revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await GrantedAsync(admin, LeaderGrants)).ShouldNotContain(TalentReformPermissions.Users.Create);
            using (var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader))
            {
                using var refused = await leader.PostJsonAsync("/api/app/users", NewTalent());
                await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
            }
        }
        finally
        {
            using var restore = await admin.PutJsonAsync(LeaderGrants, Change(TalentReformPermissions.Users.Create, false));
        }
    }

    [Fact]
    public async Task A_grant_to_one_user_applies_to_that_user_only()
    {
        // Arrange: two talents of Jiangyin; talents may not list users.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var chosen = await CreateJiangyinTalentAsync(admin);
        var other = await CreateJiangyinTalentAsync(admin);
        var userGrants = $"/api/app/permissions?providerName=U&providerKey={chosen.Id}";

        // Act
        using var grant = await admin.PutJsonAsync(userGrants, Change(TalentReformPermissions.Users.Default, true));

        // Assert
        grant.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GrantedAsync(admin, userGrants)).ShouldBe([TalentReformPermissions.Users.Default]);
        using var chosenClient = await factory.CreateClientAsync(chosen.UserName);
        var list = await chosenClient.GetJsonAsync<PagedResultDto<UserDto>>("/api/app/users?maxResultCount=1000");
        list.Items.ShouldContain(u => u.Id == chosen.Id);
        list.Items.ShouldAllBe(u => u.ZoneId == TestData.JiangyinZoneId);
        using var otherClient = await factory.CreateClientAsync(other.UserName);
        using var refused = await otherClient.GetAsync("/api/app/users");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Unknown_permission_is_422_and_nothing_changes()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var before = await GrantedAsync(admin, LeaderGrants);

        // Act: one valid change and one unknown name in the same request.
        using var response = await admin.PutJsonAsync(LeaderGrants, new
        {
            permissions = new[]
            {
                new { name = TalentReformPermissions.Users.Delete, isGranted = true },
                new { name = "TalentReform.Nonexistent", isGranted = true },
            },
        });

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.UnknownPermission);
        problem.Detail.ShouldNotBeNull();
        problem.Detail.ShouldContain("TalentReform.Nonexistent");
        (await GrantedAsync(admin, LeaderGrants)).ShouldBe(before);
    }

    [Fact]
    public async Task Host_only_permission_cannot_be_granted_to_a_zone_role()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        using var response = await admin.PutJsonAsync(LeaderGrants, Change(TalentReformPermissions.Zones.Default, true));

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.UnknownPermission);
        (await GrantedAsync(admin, LeaderGrants)).ShouldNotContain(TalentReformPermissions.Zones.Default);
    }

    [Fact]
    public async Task Hr_officer_cannot_read_or_change_grants()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        // Act
        using var get = await hr.GetAsync(LeaderGrants);
        using var put = await hr.PutJsonAsync(LeaderGrants, Change(TalentReformPermissions.Users.Create, true));

        // Assert
        await get.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
    }

    private static object Change(string name, bool isGranted) => new { permissions = new[] { new { name, isGranted } } };

    private static object NewTalent() => new
    {
        userName = TestData.UniqueName("perm"), name = "Permission", password = TestData.Password, roleNames = new[] { RoleNames.Talent },
    };

    private static async Task<List<string>> GrantedAsync(HttpClient admin, string url) =>
        (await admin.GetJsonAsync<GetPermissionListResultDto>(url)).Groups.SelectMany(g => g.Permissions).Where(p => p.IsGranted).Select(p => p.Name).ToList();

    private static async Task<UserDto> CreateJiangyinTalentAsync(HttpClient admin)
    {
        using var response = await admin.PostJsonAsync("/api/app/users", new
        {
            userName = TestData.UniqueName("granted"), name = "Granted", password = TestData.Password, zoneId = TestData.JiangyinZoneId,
            roleNames = new[] { RoleNames.Talent },
        });
        return await response.ShouldSucceedAsync<UserDto>();
    }
}
