using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data.Seeding;
using TalentReform.Identity;
using TalentReform.Permissions;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>A default withdrawn by a newer version (the talent's zone dashboard) leaves existing databases once.</summary>
public class WithdrawnDefaultGrantTests : IAsyncLifetime
{
    private const string Dashboard = "TalentReform.Dashboard";
    private SqliteDatabaseFixture _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_withdrawn_default_is_revoked_from_an_existing_database_once_and_a_later_deliberate_grant_stays()
    {
        // Arrange: a database seeded by the earlier version — the talent holds the dashboard, nothing recorded its withdrawal.
        await SeedAsync();
        (await TalentGrantsAsync()).ShouldNotContain(Dashboard);
        await ChangeAsync(db =>
        {
            db.PermissionGrants.Add(new PermissionGrant(Guid.NewGuid(), Dashboard, PermissionProviderNames.Role, RoleNames.Talent));
            db.Set<DefaultGrantRecord>().RemoveRange(db.Set<DefaultGrantRecord>().Where(r => r.PermissionName == DefaultPermissionGrants.WithdrawalRecord(Dashboard)));
        });

        // Act 1: the upgrade seeds.
        await SeedAsync();

        // Assert 1
        (await TalentGrantsAsync()).ShouldNotContain(Dashboard);

        // Act 2: the admin grants it deliberately; the next start seeds again.
        await ChangeAsync(db => db.PermissionGrants.Add(new PermissionGrant(Guid.NewGuid(), Dashboard, PermissionProviderNames.Role, RoleNames.Talent)));
        await SeedAsync();

        // Assert 2
        (await TalentGrantsAsync()).ShouldContain(Dashboard);
    }

    private async Task ChangeAsync(Action<TalentReformDbContext> change)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> TalentGrantsAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TalentReformDbContext>().PermissionGrants
            .Where(g => g.ProviderName == PermissionProviderNames.Role && g.ProviderKey == RoleNames.Talent).Select(g => g.Name).ToListAsync();
    }

    private async Task SeedAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>()
            .SeedAsync(new SeedOptions { SeedDemoData = false, AdminPassword = "1q2w3E*admin" }, PermissionDefinitions.All.Select(p => p.Name).ToList());
    }
}
