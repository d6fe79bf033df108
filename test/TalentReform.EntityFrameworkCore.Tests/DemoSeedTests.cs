using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Data.Seeding;
using TalentReform.Organization;
using TalentReform.Permissions;
using TalentReform.Staffing;
using Xunit;
using Xunit.Abstractions;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// The seed as a whole, from an empty database (every other test starts from the <see cref="SeededDatabaseTemplate"/>):
/// one seed for the class, the tests read it and seed again.
/// </summary>
public sealed class DemoSeedFixture : IAsyncLifetime
{
    public SqliteDatabaseFixture Database { get; private set; } = null!;

    public long SeedMilliseconds { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await SqliteDatabaseFixture.CreateAsync();
        var watch = Stopwatch.StartNew();
        await SeedAsync(Database);
        SeedMilliseconds = watch.ElapsedMilliseconds;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public static async Task SeedAsync(SqliteDatabaseFixture database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>()
            .SeedAsync(new SeedOptions { SeedDemoData = true }, PermissionDefinitions.All.Select(p => p.Name).ToList());
    }
}

/// <summary>The demo organisation of issue 3: realistic sizes, rules kept except the deliberate ones, fast and idempotent.</summary>
public class DemoSeedTests : IClassFixture<DemoSeedFixture>
{
    private readonly SqliteDatabaseFixture _database;
    private readonly ITestOutputHelper _output;

    public DemoSeedTests(DemoSeedFixture fixture, ITestOutputHelper output)
    {
        _database = fixture.Database;
        _output = output;
        _database.CurrentUser.ZoneId = null;
        output.WriteLine($"Seeding the three demo zones took {fixture.SeedMilliseconds} ms.");
    }

    public static TheoryData<string> Zones => ["dalian", "chengde", "jiangyin"];

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Each_zone_is_flat_sized_like_the_issue_with_one_mix_violation_and_one_three_definitions_gap(string code)
    {
        // Arrange
        var zone = DemoZones.All.Single(z => z.Code == code);
        _database.CurrentUser.ZoneId = zone.Id;
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();

        // Act
        var metrics = await scope.ServiceProvider.GetRequiredService<OrgMetricsCalculator>().CalculateAsync(null);
        var appointments = await db.Set<Appointment>().CountAsync(a => a.EndedOn == null);
        var idNumbers = await db.Set<Person>().Select(p => p.IdNumber).ToListAsync();

        // Assert
        _output.WriteLine($"{code}: units {metrics.UnitCount}, layers {metrics.Layers}, posts {metrics.PostCount}, staff {metrics.StaffCount}, "
            + $"span {metrics.AverageSpan}/{metrics.MaxSpan}, quotas {string.Join(", ", metrics.QuotaUsage.Select(q => $"{q.StaffingType} {q.Occupied}/{q.Approved}"))}");
        metrics.Layers.ShouldBe(3);
        metrics.PostCount.ShouldBeInRange(150, 300);
        appointments.ShouldBeInRange(120, 260); // the organisation's staff (at most 250), plus the recruitment demo's hires and pool talent
        metrics.MixViolationCount.ShouldBe(1);
        metrics.PostsWithoutDuty.ShouldHaveSingleItem();
        metrics.DutiesWithoutPost.ShouldHaveSingleItem();
        metrics.QuotaUsage.ShouldAllBe(q => q.Occupied <= q.Approved);
        idNumbers.Distinct().Count().ShouldBe(idNumbers.Count);
        // One version per live unit, plus the history of the 工作组 the applied 2025 demo plan merged away.
        (await db.Set<OrgUnitVersion>().CountAsync()).ShouldBe(metrics.UnitCount + 1);
    }

    [Fact]
    public async Task Dalian_has_the_domain_figures_and_the_special_units_of_chengde_and_jiangyin_exist()
    {
        // Arrange
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();

        // Act
        var dalianTotals = await db.Set<ZoneStaffingQuota>().IgnoreQueryFilters().Where(t => t.ZoneId == DemoZones.Dalian.Id)
            .ToDictionaryAsync(t => t.StaffingType, t => t.Approved);
        var hall = await db.Set<OrgUnit>().IgnoreQueryFilters().SingleAsync(u => u.ZoneId == DemoZones.Chengde.Id && u.NameZh == "政务服务大厅");
        var windows = await db.Set<Post>().IgnoreQueryFilters().CountAsync(p => p.OrgUnitId == hall.Id && p.TitleZh.StartsWith("综合受理窗口"));
        var approval = await db.Set<OrgUnit>().IgnoreQueryFilters().SingleAsync(u => u.ZoneId == DemoZones.Jiangyin.Id && u.NameZh == "行政审批局");

        // Assert
        dalianTotals.OrderBy(t => t.Key).Select(t => (t.Key, t.Value)).ShouldBe(
            [(StaffingType.Administrative, 45), (StaffingType.PublicInstitution, 60), (StaffingType.Headcount, 180)]);
        windows.ShouldBe(98);
        approval.Functions.Count(f => f.Text.StartsWith("市级审批事项")).ShouldBe(163);
        approval.Functions.Count(f => f.Text.StartsWith("无锡市下放审批事项")).ShouldBe(187);
    }

    [Fact]
    public async Task Demo_people_have_chinese_names_and_valid_id_numbers()
    {
        // Arrange
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();

        // Act
        var people = await db.Set<Person>().IgnoreQueryFilters().Select(p => new { p.Name, p.IdNumber }).ToListAsync();

        // Assert: two or three CJK characters (a surname and one or two given-name characters), no digits.
        people.ShouldNotBeEmpty();
        people.ShouldAllBe(p => System.Text.RegularExpressions.Regex.IsMatch(p.Name, "^[\\u4e00-\\u9fff]{2,3}$"));
        people.Select(p => p.IdNumber).ShouldAllBe(id => id.Length == 18);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        // Arrange
        int Count(TalentReformDbContext db) => db.Set<Post>().IgnoreQueryFilters().Count() + db.Set<Person>().IgnoreQueryFilters().Count();
        int before;
        await using (var scope = _database.Services.CreateAsyncScope())
        {
            before = Count(scope.ServiceProvider.GetRequiredService<TalentReformDbContext>());
        }

        // Act
        await DemoSeedFixture.SeedAsync(_database);

        // Assert
        await using var after = _database.Services.CreateAsyncScope();
        Count(after.ServiceProvider.GetRequiredService<TalentReformDbContext>()).ShouldBe(before);
    }
}
