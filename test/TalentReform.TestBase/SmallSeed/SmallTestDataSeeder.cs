using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Zones;

namespace TalentReform;

/// <summary>Writes <see cref="SmallTestData"/> through the product's repositories (on top of the base seed).</summary>
public static class SmallTestDataSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        using var _ = provider.GetRequiredService<IDataFilter>().DisableZoneFilter();
        var zones = provider.GetRequiredService<IZoneRepository>();
        var units = provider.GetRequiredService<IOrgUnitRepository>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();

        await zones.InsertAsync(new Zone(SmallTestData.Alpha.ZoneId, SmallTestData.Alpha.ZoneCode, "甲园区", "Alpha Zone", "辽宁省", new DateOnly(2001, 1, 1), now), cancellationToken);
        await zones.InsertAsync(new Zone(SmallTestData.Beta.ZoneId, SmallTestData.Beta.ZoneCode, "乙园区", "Beta Zone", "河北省", new DateOnly(2002, 2, 2), now), cancellationToken);

        var alpha = SmallTestData.Alpha.ZoneId;
        var committee = Create(alpha, null, SmallTestData.Alpha.Committee, now);
        var science = Create(alpha, committee, SmallTestData.Alpha.Science, now);
        var economy = Create(alpha, committee, SmallTestData.Alpha.Economy, now);
        var research = Create(alpha, science, SmallTestData.Alpha.Research, now);
        var beta = Create(SmallTestData.Beta.ZoneId, null, SmallTestData.Beta.Committee, now);
        foreach (var unit in new[] { committee, science, economy, research, beta })
        {
            await units.InsertAsync(unit, cancellationToken);
        }

        await units.SaveChangesAsync(cancellationToken);
    }

    private static OrgUnit Create(Guid zoneId, OrgUnit? parent, SmallTestData.Unit unit, DateTimeOffset now) =>
        new(unit.Id, zoneId, parent, unit.Code, unit.Kind, unit.NameZh, unit.NameEn, SmallTestData.EffectiveFrom, now);
}
