using Microsoft.AspNetCore.Identity;
using TalentReform.Data.Seeding.Demo;
using TalentReform.Identity;
using TalentReform.Planning;
using TalentReform.Zones;

namespace TalentReform.Data.Seeding;

/// <summary>
/// Idempotent seed: the fixed roles, their default grants, the platform admin, the national working-day
/// calendar (2025, 2026), and (in demo mode) the
/// three demo zones with an HR officer, a leader and a talent each, and each zone's organisation. Safe to run
/// on every start.
/// </summary>
public class TalentReformDataSeeder(
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IZoneRepository zones,
    IPermissionGrantRepository grants,
    IRepository<DefaultGrantRecord> defaultGrantRecords,
    IDataFilter dataFilter,
    DemoOrganizationSeeder demoOrganization,
    DemoPlanSeeder demoPlans,
    DemoRecruitmentPlanSeeder demoRecruitmentPlans,
    DemoPolicySeeder demoPolicies,
    DemoTalentSeeder demoTalents,
    DemoRecruitmentCampaignSeeder demoRecruitment,
    WorkCalendarSeeder workCalendar,
    TimeProvider clock)
{
    public static readonly Guid AdminUserId = Guid.Parse("3a1d0000-0000-0000-0000-0000000000ad");

    public async Task SeedAsync(SeedOptions options, IReadOnlyList<string> allPermissions, CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.DisableZoneFilter();
        await SeedRolesAsync();
        await SeedGrantsAsync(allPermissions, cancellationToken);
        await SeedAdminAsync(options);
        await workCalendar.SeedAsync(cancellationToken);
        if (options.SeedDemoData)
        {
            foreach (var zone in DemoZones.All)
            {
                await SeedDemoZoneAsync(zone, cancellationToken);
            }
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var name in RoleNames.All)
        {
            if (await roleManager.FindByNameAsync(name) is null)
            {
                Ensure(await roleManager.CreateAsync(new AppRole(Guid.NewGuid(), name)));
            }
        }
    }

    private async Task SeedGrantsAsync(IReadOnlyList<string> allPermissions, CancellationToken cancellationToken)
    {
        // The platform admin always holds every permission, including ones added by a newer version.
        var adminGranted = GrantedNames(RoleNames.Admin);
        foreach (var name in allPermissions.Where(n => !adminGranted.Contains(n)))
        {
            await grants.InsertAsync(new PermissionGrant(Guid.NewGuid(), name, PermissionProviderNames.Role, RoleNames.Admin), cancellationToken);
        }

        // Each default of a zone role is applied once: new defaults reach existing databases, revocations stay.
        var applied = defaultGrantRecords.GetQueryable().Select(r => new { r.RoleName, r.PermissionName }).ToList()
            .Select(r => (r.RoleName, r.PermissionName)).ToHashSet();
        foreach (var (role, names) in DefaultPermissionGrants.ByRole)
        {
            var granted = GrantedNames(role);
            foreach (var name in names.Where(n => !applied.Contains((role, n))))
            {
                if (!granted.Contains(name))
                {
                    await grants.InsertAsync(new PermissionGrant(Guid.NewGuid(), name, PermissionProviderNames.Role, role), cancellationToken);
                }

                await defaultGrantRecords.InsertAsync(new DefaultGrantRecord(Guid.NewGuid(), role, name), cancellationToken);
            }
        }

        // Each withdrawn default is revoked once, like a default is granted once.
        foreach (var (role, names) in DefaultPermissionGrants.Withdrawn)
        {
            foreach (var name in names.Where(n => !applied.Contains((role, DefaultPermissionGrants.WithdrawalRecord(n)))))
            {
                var held = grants.GetQueryable()
                    .Where(g => g.ProviderName == PermissionProviderNames.Role && g.ProviderKey == role && g.Name == name)
                    .ToList();
                foreach (var grant in held)
                {
                    await grants.DeleteAsync(grant, cancellationToken);
                }

                await defaultGrantRecords.InsertAsync(
                    new DefaultGrantRecord(Guid.NewGuid(), role, DefaultPermissionGrants.WithdrawalRecord(name)), cancellationToken);
            }
        }

        await grants.SaveChangesAsync(cancellationToken);
    }

    private HashSet<string> GrantedNames(string role) => grants.GetQueryable()
        .Where(g => g.ProviderName == PermissionProviderNames.Role && g.ProviderKey == role)
        .Select(g => g.Name)
        .ToHashSet();

    private async Task SeedAdminAsync(SeedOptions options)
    {
        if (await userManager.FindByNameAsync(RoleNames.Admin) is not null)
        {
            return;
        }

        var password = options.SeedDemoData ? SeedOptions.DemoPassword : options.AdminPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "No platform admin exists yet and no initial password is configured. Set 'App:AdminPassword' " +
                "(environment variable App__AdminPassword), or run in demo mode with 'App:SeedDemoData=true'.");
        }

        await CreateUserAsync(new AppUser(AdminUserId, RoleNames.Admin, "平台管理员", null, clock.GetUtcNow()), password, RoleNames.Admin);
    }

    private async Task SeedDemoZoneAsync(DemoZone demo, CancellationToken cancellationToken)
    {
        if (await zones.FindAsync(demo.Id, cancellationToken) is null)
        {
            await zones.InsertAsync(new Zone(demo.Id, demo.Code, demo.NameZh, demo.NameEn, demo.Province, demo.FoundedOn, clock.GetUtcNow()), cancellationToken);
            await zones.SaveChangesAsync(cancellationToken);
        }

        await EnsureDemoUserAsync(demo, demo.HrUserName, demo.ShortNameZh + "人事专员", RoleNames.HrOfficer);
        await EnsureDemoUserAsync(demo, demo.LeaderUserName, demo.ShortNameZh + "分管领导", RoleNames.Leader);
        await EnsureDemoUserAsync(demo, demo.TalentUserName, demo.ShortNameZh + "引进人才", RoleNames.Talent);
        await EnsureDemoUserAsync(demo, demo.ReviewerUserName, demo.ShortNameZh + "编办审核员", RoleNames.Leader);
        await EnsureDemoUserAsync(demo, demo.DirectorUserName, demo.ShortNameZh + "管委会主任", RoleNames.Leader);
        await demoOrganization.SeedAsync(demo, cancellationToken);
        await demoPlans.SeedAsync(demo, cancellationToken);
        await demoRecruitmentPlans.SeedAsync(demo, cancellationToken);
        await demoPolicies.SeedAsync(demo, cancellationToken);
        await demoTalents.SeedAsync(demo, cancellationToken);

        // After the policies and the talents: the hires' profiles are matched against the zone's policy.
        await demoRecruitment.SeedAsync(demo, cancellationToken);
    }

    private async Task EnsureDemoUserAsync(DemoZone zone, string userName, string name, string role)
    {
        if (await userManager.FindByNameAsync(userName) is null)
        {
            await CreateUserAsync(new AppUser(Guid.NewGuid(), userName, name, zone.Id, clock.GetUtcNow()), SeedOptions.DemoPassword, role);
        }
    }

    private async Task CreateUserAsync(AppUser user, string password, string role)
    {
        Ensure(await userManager.CreateAsync(user, password));
        Ensure(await userManager.AddToRoleAsync(user, role));
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
