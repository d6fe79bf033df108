using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data.Seeding;
using TalentReform.Permissions;
using TalentReform.Planning;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests.Planning;

/// <summary>The national calendar is reference data: seeded in production mode too, once, and read back by the calendar service.</summary>
public class WorkCalendarPersistenceTests : IAsyncLifetime
{
    private SqliteDatabaseFixture _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Production_seed_creates_2025_and_2026_once_and_due_times_use_them()
    {
        await SeedAsync();
        await SeedAsync();

        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        (await db.Set<WorkCalendarYear>().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync()).ShouldBe([2025, 2026]);
        (await db.Set<WorkCalendarDay>().CountAsync()).ShouldBe(33 + 39);
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>();
        var start = new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
        (await calendar.AddWorkingDaysAsync(start, 3)).ShouldBe(new DateTimeOffset(2025, 10, 11, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    private async Task SeedAsync()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>()
            .SeedAsync(new SeedOptions { SeedDemoData = false, AdminPassword = "Prod-Only-Passw0rd!" }, PermissionDefinitions.All.Select(p => p.Name).ToList());
    }
}
