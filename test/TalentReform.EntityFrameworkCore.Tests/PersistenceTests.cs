using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Auditing;
using TalentReform.Data.Seeding;
using TalentReform.Identity;
using TalentReform.Permissions;
using TalentReform.Zones;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>Each test starts from the seeded database (the template is the first seed), except where it says otherwise.</summary>
public class PersistenceTests : IAsyncLifetime
{
    private SqliteDatabaseFixture _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabaseFixture.CreateSeededAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Seeding_twice_creates_everything_once()
    {
        // The template was seeded once; this is the second time.
        await SeedAsync();

        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        (await db.Zones.CountAsync()).ShouldBe(3);
        (await db.Users.IgnoreQueryFilters().CountAsync()).ShouldBe(16);
        (await db.Roles.CountAsync()).ShouldBe(4);
        var adminGrants = await db.PermissionGrants.Where(g => g.ProviderKey == RoleNames.Admin).Select(g => g.Name).ToListAsync();
        adminGrants.ShouldBe(PermissionDefinitions.All.Select(p => p.Name), ignoreOrder: true);
    }

    [Fact]
    public async Task A_new_default_grant_reaches_an_existing_database_while_a_revoked_one_stays_revoked()
    {
        // Arrange: seeded once (the template); then an admin revokes one default, and another default is "new"
        // (neither granted nor recorded, as after an upgrade that added it).
        const string revoked = "TalentReform.AuditLogs";
        const string added = "TalentReform.Users.Create";
        await using (var scope = _database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
            db.PermissionGrants.RemoveRange(db.PermissionGrants.Where(g => g.ProviderKey == RoleNames.HrOfficer && (g.Name == revoked || g.Name == added)));
            db.Set<DefaultGrantRecord>().RemoveRange(db.Set<DefaultGrantRecord>().Where(r => r.RoleName == RoleNames.HrOfficer && r.PermissionName == added));
            await db.SaveChangesAsync();
        }

        // Act
        await SeedAsync();

        // Assert
        await using var read = _database.Services.CreateAsyncScope();
        var names = await read.ServiceProvider.GetRequiredService<TalentReformDbContext>().PermissionGrants
            .Where(g => g.ProviderKey == RoleNames.HrOfficer).Select(g => g.Name).ToListAsync();
        names.ShouldContain(added);
        names.ShouldNotContain(revoked);
    }

    [Fact]
    public async Task Seeding_without_demo_data_and_without_admin_password_fails_clearly()
    {
        // A database without the admin, as before the first seed.
        await using var empty = await SqliteDatabaseFixture.CreateAsync();
        await using var scope = empty.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            initializer.SeedAsync(new SeedOptions { SeedDemoData = false }, PermissionDefinitions.All.Select(p => p.Name).ToList()));

        error.Message.ShouldContain("App:AdminPassword");
    }

    [Fact]
    public async Task A_change_and_its_audit_entry_are_saved_together_or_not_at_all()
    {
        var before = await CountAuditLogsAsync();

        await using (var scope = _database.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
            db.Zones.Add(new Zone(Guid.NewGuid(), "dalian", "重复", "Duplicate", "辽宁省", new DateOnly(2020, 1, 1), DateTimeOffset.UtcNow));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        (await CountAuditLogsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Updating_a_zone_records_old_and_new_values_of_changed_properties_only()
    {
        await using (var scope = _database.Services.CreateAsyncScope())
        {
            var zones = scope.ServiceProvider.GetRequiredService<IZoneRepository>();
            var zone = await zones.GetAsync(DemoZones.Chengde.Id);
            zone.Update("承德高新区", zone.NameEn, zone.Province, zone.FoundedOn, zone.IsActive);
            await zones.SaveChangesAsync();
        }

        await using var read = _database.Services.CreateAsyncScope();
        var db = read.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        var log = await db.AuditLogs.IgnoreQueryFilters()
            .Where(a => a.EntityId == DemoZones.Chengde.Id.ToString() && a.ChangeType == EntityChangeType.Updated)
            .SingleAsync();
        log.Changes.Select(c => (c.PropertyName, c.OriginalValue, c.NewValue))
            .ShouldBe([("NameZh", DemoZones.Chengde.NameZh, "承德高新区")]);
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_is_refused()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var zones = scope.ServiceProvider.GetRequiredService<IZoneRepository>();
        var zone = await zones.GetAsync(DemoZones.Jiangyin.Id);

        zone.ConcurrencyStamp = "stale";
        zone.Update("改名", zone.NameEn, zone.Province, zone.FoundedOn, zone.IsActive);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => zones.SaveChangesAsync());
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        var hashes = await db.AuditLogs.IgnoreQueryFilters().SelectMany(a => a.Changes)
            .Where(c => c.PropertyName == nameof(IdentityUser.PasswordHash)).Select(c => c.NewValue).ToListAsync();
        hashes.ShouldNotBeEmpty();
        hashes.ShouldAllBe(h => h == "***");
    }

    private async Task SeedAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>()
            .SeedAsync(new SeedOptions { SeedDemoData = true }, PermissionDefinitions.All.Select(p => p.Name).ToList());
    }

    private async Task<int> CountAuditLogsAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TalentReformDbContext>().AuditLogs.IgnoreQueryFilters().CountAsync();
    }
}
