using System.Net;
using TalentReform.Account;
using TalentReform.Auditing;
using TalentReform.Dtos;
using TalentReform.Notifications;
using TalentReform.Permissions;

namespace TalentReform.Identity;

/// <summary>
/// 不相容岗位分离 in identity management, over HTTP: giving roles is a permission of its own (only the platform
/// admin holds it by default), nobody changes their own roles or grants or those of a role they hold, and every
/// change of rights is audited and told to the zone's leaders.
/// </summary>
public class SeparationOfDutiesTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Users = "/api/app/users";

    [Fact]
    public async Task An_hr_officer_cannot_make_itself_a_leader()
    {
        // Arrange: the attack as found — dalian-hr puts itself into the leader role.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var me = await hr.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var own = await hr.GetJsonAsync<UserDto>($"{Users}/{me.Id}");

        // Act
        using var response = await hr.PutJsonAsync($"{Users}/{me.Id}", new
        {
            name = own.Name, email = own.Email, phoneNumber = own.PhoneNumber, isActive = true,
            roleNames = new[] { RoleNames.HrOfficer, RoleNames.Leader }, concurrencyStamp = own.ConcurrencyStamp,
        });

        // Assert: refused with the reason; signing in again gives the same rights as before.
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotChangeOwnRoles);
        problem.Detail!.ShouldContain("不相容岗位分离");
        (await hr.GetJsonAsync<UserDto>($"{Users}/{me.Id}")).RoleNames.ShouldBe([RoleNames.HrOfficer]);
        using var again = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var after = await again.GetJsonAsync<CurrentUserDto>("/api/account/me");
        after.Roles.ShouldBe([RoleNames.HrOfficer]);
        after.Permissions.ShouldNotContain(TalentReformPermissions.Approvals);
    }

    [Fact]
    public async Task An_hr_officer_creates_talents_but_neither_gives_nor_takes_the_leader_role()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var leaderName = TestData.UniqueName("would-be-leader");
        var leader = await (await admin.PostJsonAsync(Users, NewUser(TestData.UniqueName("leader"), TestData.DalianZoneId, RoleNames.Leader)))
            .ShouldSucceedAsync<UserDto>();

        // Act
        using var asLeader = await hr.PostJsonAsync(Users, NewUser(leaderName, null, RoleNames.Leader));
        using var asTalent = await hr.PostJsonAsync(Users, NewUser(TestData.UniqueName("talent"), null, RoleNames.Talent));
        using var demote = await hr.PutJsonAsync($"{Users}/{leader.Id}", new
        {
            name = leader.Name, isActive = true, roleNames = new[] { RoleNames.Talent }, concurrencyStamp = leader.ConcurrencyStamp,
        });
        using var rename = await hr.PutJsonAsync($"{Users}/{leader.Id}", new
        {
            name = "改名的领导", isActive = true, roleNames = new[] { RoleNames.Leader }, concurrencyStamp = leader.ConcurrencyStamp,
        });

        // Assert
        (await asLeader.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RoleAssignmentNotPermitted)).Detail!.ShouldContain("分配角色");
        (await hr.GetJsonAsync<PagedResultDto<UserDto>>($"{Users}?filter={leaderName}")).Items.ShouldBeEmpty();
        (await asTalent.ShouldSucceedAsync<UserDto>()).RoleNames.ShouldBe([RoleNames.Talent]);
        await demote.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RoleAssignmentNotPermitted);

        // Editing someone without touching their roles stays HR's work.
        (await rename.ShouldSucceedAsync<UserDto>()).RoleNames.ShouldBe([RoleNames.Leader]);
    }

    [Fact]
    public async Task The_platform_admin_changes_neither_its_own_roles_nor_its_own_grants_nor_those_of_the_admin_role()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var own = await admin.GetJsonAsync<UserDto>($"{Users}/{TestData.AdminUserId}");
        object revokeZones = new { permissions = new[] { new { name = TalentReformPermissions.Zones.Delete, isGranted = false } } };
        object grantMy = new { permissions = new[] { new { name = TalentReformPermissions.My, isGranted = true } } };

        // Act
        using var roles = await admin.PutJsonAsync($"{Users}/{TestData.AdminUserId}", new
        {
            name = own.Name, isActive = true, roleNames = Array.Empty<string>(), concurrencyStamp = own.ConcurrencyStamp,
        });
        using var ownGrants = await admin.PutJsonAsync($"/api/app/permissions?providerName=U&providerKey={TestData.AdminUserId}", grantMy);
        using var roleGrants = await admin.PutJsonAsync($"/api/app/permissions?providerName=R&providerKey={RoleNames.Admin}", revokeZones);
        using var unchanged = await admin.PutJsonAsync($"{Users}/{TestData.AdminUserId}", new
        {
            name = own.Name, email = own.Email, isActive = true, roleNames = new[] { RoleNames.Admin }, concurrencyStamp = own.ConcurrencyStamp,
        });

        // Assert
        await roles.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotChangeOwnRoles);
        await ownGrants.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotChangeOwnGrants);
        (await roleGrants.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotChangeGrantsOfOwnRole)).Detail!.ShouldContain("admin");
        (await unchanged.ShouldSucceedAsync<UserDto>()).RoleNames.ShouldBe([RoleNames.Admin]);
        var adminRole = await admin.GetJsonAsync<GetPermissionListResultDto>($"/api/app/permissions?providerName=R&providerKey={RoleNames.Admin}");
        adminRole.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == TalentReformPermissions.Zones.Delete).IsGranted.ShouldBeTrue();
        var adminUser = await admin.GetJsonAsync<GetPermissionListResultDto>($"/api/app/permissions?providerName=U&providerKey={TestData.AdminUserId}");
        adminUser.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == TalentReformPermissions.My).IsGranted.ShouldBeFalse();
    }

    [Fact]
    public async Task A_role_change_and_a_grant_are_audited_with_who_and_when_and_the_zone_leaders_are_told()
    {
        // Arrange: a Dalian talent, made a leader by the platform admin.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var dalianLeader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var chengdeLeader = await factory.CreateClientAsync(TestData.Users.ChengdeLeader);
        var userName = TestData.UniqueName("promoted");
        var user = await (await admin.PostJsonAsync(Users, NewUser(userName, TestData.DalianZoneId, RoleNames.Talent))).ShouldSucceedAsync<UserDto>();
        var before = DateTimeOffset.UtcNow;

        // Act
        using var promote = await admin.PutJsonAsync($"{Users}/{user.Id}", new
        {
            name = user.Name, isActive = true, roleNames = new[] { RoleNames.Leader }, concurrencyStamp = user.ConcurrencyStamp,
        });
        using var grant = await admin.PutJsonAsync($"/api/app/permissions?providerName=U&providerKey={user.Id}", new
        {
            permissions = new[] { new { name = TalentReformPermissions.Persons.ViewIdNumber, isGranted = true } },
        });

        // Assert: the membership rows and the grant are in the zone's audit log, by the admin, with the time.
        await promote.ShouldSucceedAsync();
        await grant.ShouldSucceedAsync();
        var memberships = (await dalianLeader.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?entityType=IdentityUserRole&maxResultCount=1000"))
            .Items.Where(a => a.EntityId.StartsWith(user.Id.ToString(), StringComparison.OrdinalIgnoreCase) && a.Time >= before).ToList();
        memberships.Select(a => a.ChangeType).ShouldBe([EntityChangeType.Created, EntityChangeType.Deleted], ignoreOrder: true);
        memberships.ShouldAllBe(a => a.UserName == TestData.Users.Admin && a.ZoneId == TestData.DalianZoneId);
        var grants = (await admin.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?entityType=PermissionGrant&maxResultCount=1000")).Items;
        grants.ShouldContain(a => a.UserName == TestData.Users.Admin && a.Time >= before
            && a.Changes.Any(c => c.PropertyName == "ProviderKey" && c.NewValue == user.Id.ToString()));

        // The zone's leaders are told, in their language; another zone's leaders are not.
        var notices = (await dalianLeader.GetJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=100")).Items;
        notices.ShouldContain(n => n.Kind == NotificationKind.UserRolesChanged && n.Message.Contains(userName) && n.Message.Contains("admin")
            && n.Message.Contains("talent → leader"));
        notices.ShouldContain(n => n.Kind == NotificationKind.PermissionGrantsChanged && n.Message.Contains(userName)
            && n.Message.Contains(TalentReformPermissions.Persons.ViewIdNumber));
        (await chengdeLeader.GetJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=100")).Items
            .ShouldNotContain(n => n.Message.Contains(userName));
    }

    private static object NewUser(string userName, Guid? zoneId, string role) => new
    {
        userName, name = "分离测试", password = TestData.Password, zoneId, roleNames = new[] { role },
    };
}
