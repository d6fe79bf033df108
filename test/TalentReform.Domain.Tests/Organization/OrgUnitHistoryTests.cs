using TalentReform.Fakes;

namespace TalentReform.Organization;

/// <summary>Every change of a unit is kept as an effective-dated version; versions of one unit never overlap.</summary>
public class OrgUnitHistoryTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_move_today_closes_the_old_version_yesterday_and_re_codes_the_subtree()
    {
        // Arrange
        var services = new DomainServices();
        var a = await services.UnitAsync("甲局");
        var b = await services.UnitAsync("乙局");
        var section = await services.UnitAsync("乙局一科", b);
        foreach (var unit in new[] { a, b, section })
        {
            await services.OrgUnits.RecordVersionAsync(unit);
        }

        // Act
        await services.OrgUnits.MoveAsync(b, a.Id);

        // Assert
        var versionsOfB = services.Versions.GetQueryable().Where(v => v.OrgUnitId == b.Id).OrderBy(v => v.ValidFrom).ToList();
        versionsOfB.Select(v => (v.ParentId, v.ValidFrom, v.ValidTo)).ShouldBe([((Guid?)null, DomainServices.Day, Today.AddDays(-1)), (a.Id, Today, (DateOnly?)null)]);
        var versionsOfSection = services.Versions.GetQueryable().Where(v => v.OrgUnitId == section.Id).OrderBy(v => v.ValidFrom).ToList();
        versionsOfSection.Select(v => v.Code).ShouldBe(["0002.0001", "0001.0001.0001"]);
    }

    [Fact]
    public async Task An_unchanged_unit_keeps_one_version_and_abolition_ends_it()
    {
        // Arrange
        var services = new DomainServices();
        var unit = await services.UnitAsync("丙局");
        await services.OrgUnits.RecordVersionAsync(unit);

        // Act
        await services.OrgUnits.RecordVersionAsync(unit);
        await services.OrgUnits.AbolishAsync(unit, Today);

        // Assert
        var version = services.Versions.GetQueryable().ShouldHaveSingleItem();
        (version.ValidFrom, version.ValidTo).ShouldBe((DomainServices.Day, (DateOnly?)Today));
    }
}
