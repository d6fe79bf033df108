using TalentReform.Dtos;

namespace TalentReform.Zones;

/// <summary><see cref="IZoneAppService"/> as the platform admin (no zone) calls it.</summary>
public class ZoneAppServiceTests : ApplicationTestBase
{
    private Task<T> Zones<T>(Func<IZoneAppService, Task<T>> action) => Database.WithAsync(action);

    private static CreateZoneDto NewZone(string code) => new()
    {
        Code = code,
        NameZh = "丙园区",
        NameEn = "Gamma Zone",
        Province = "江苏省",
        FoundedOn = new DateOnly(2010, 10, 10),
    };

    [Fact]
    public async Task The_list_filters_by_province_sorts_and_pages()
    {
        CurrentUser.ZoneId = null;

        var byProvince = await Zones(s => s.GetListAsync(new GetZonesInput { Filter = "河北" }));
        var firstByNameDescending = await Zones(s => s.GetListAsync(new GetZonesInput { Sorting = "nameEn desc", MaxResultCount = 1 }));

        byProvince.Items.Select(z => z.Id).ShouldBe([SmallTestData.Beta.ZoneId]);
        firstByNameDescending.TotalCount.ShouldBe(2);
        firstByNameDescending.Items.Select(z => z.Code).ShouldBe([SmallTestData.Beta.ZoneCode]);
    }

    [Fact]
    public async Task A_duplicate_code_in_another_case_is_a_conflict_and_adds_no_zone()
    {
        CurrentUser.ZoneId = null;

        var refusal = await Should.ThrowAsync<BusinessException>(() => Zones(s => s.CreateAsync(NewZone("ALPHA"))));

        refusal.Code.ShouldBe(TalentReformErrorCodes.ZoneCodeAlreadyExists);
        refusal.Status.ShouldBe(409);
        (await Zones(s => s.GetListAsync(new GetZonesInput()))).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Create_then_update_then_a_stale_update_is_a_conflict_and_the_first_update_stays()
    {
        CurrentUser.ZoneId = null;
        var created = await Zones(s => s.CreateAsync(NewZone("gamma")));
        UpdateZoneDto Update(ZoneDto zone, string nameEn) => new()
        {
            NameZh = zone.NameZh, NameEn = nameEn, Province = zone.Province, FoundedOn = zone.FoundedOn, IsActive = true,
            ConcurrencyStamp = zone.ConcurrencyStamp,
        };

        await Zones(s => s.UpdateAsync(created.Id, Update(created, "Gamma Hi-tech Zone")));

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Zones(s => s.UpdateAsync(created.Id, Update(created, "Stale"))));
        (await Zones(s => s.GetAsync(created.Id))).NameEn.ShouldBe("Gamma Hi-tech Zone");
        (await Zones(s => s.GetListAsync(new GetZonesInput()))).TotalCount.ShouldBe(3);
    }
}
