using System.Net;
using TalentReform.Dtos;

namespace TalentReform.Zones;

/// <summary>Zone (tenant) management by the platform admin.</summary>
public class ZoneTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/host/zones";

    [Fact]
    public async Task Admin_creates_reads_lists_updates_and_deletes_a_zone()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var code = TestData.UniqueName("crud");

        // Act + Assert: create (the code is normalized to lower case by the domain, after validation).
        using var createResponse = await admin.PostJsonAsync(Url, NewZone(code));
        var created = await createResponse.ShouldSucceedAsync<ZoneDto>();
        created.Code.ShouldBe(code);
        created.NameZh.ShouldBe("测试高新区");
        created.NameEn.ShouldBe("Test Zone");
        created.Province.ShouldBe("辽宁省");
        created.FoundedOn.ShouldBe(new DateOnly(2020, 5, 1));
        created.IsActive.ShouldBeTrue();
        created.ConcurrencyStamp.ShouldNotBeNullOrEmpty();

        // read
        var read = await admin.GetJsonAsync<ZoneDto>($"{Url}/{created.Id}");
        read.ShouldBe(created);

        // list with filter
        var list = await admin.GetJsonAsync<PagedResultDto<ZoneDto>>($"{Url}?filter={code}");
        list.TotalCount.ShouldBe(1);
        list.Items.Single().Id.ShouldBe(created.Id);
        var all = await admin.GetJsonAsync<PagedResultDto<ZoneDto>>(Url);
        all.Items.Select(z => z.Code).ShouldContainAll(["chengde", "dalian", "jiangyin", code]);

        // update
        using var updateResponse = await admin.PutJsonAsync($"{Url}/{created.Id}", new
        {
            nameZh = "测试高新区（更名）", nameEn = "Renamed Zone", province = "河北省", foundedOn = "2021-01-02", isActive = false,
            concurrencyStamp = created.ConcurrencyStamp,
        });
        var updated = await updateResponse.ShouldSucceedAsync<ZoneDto>();
        updated.NameZh.ShouldBe("测试高新区（更名）");
        updated.NameEn.ShouldBe("Renamed Zone");
        updated.Province.ShouldBe("河北省");
        updated.FoundedOn.ShouldBe(new DateOnly(2021, 1, 2));
        updated.IsActive.ShouldBeFalse();
        updated.Code.ShouldBe(code);
        updated.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        (await admin.GetJsonAsync<ZoneDto>($"{Url}/{created.Id}")).ShouldBe(updated);

        // delete
        using var deleteResponse = await admin.DeleteAsync($"{Url}/{created.Id}");
        deleteResponse.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var gone = await admin.GetAsync($"{Url}/{created.Id}");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Duplicate_code_is_409()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var before = await CountZonesAsync(admin);

        // Act
        using var response = await admin.PostJsonAsync(Url, NewZone("dalian"));

        // Assert
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ZoneCodeAlreadyExists);
        problem.Detail.ShouldNotBeNull();
        problem.Detail.ShouldContain("dalian");
        (await CountZonesAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task Deleting_a_zone_that_has_users_is_409_and_keeps_the_zone()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act
        using var response = await admin.DeleteAsync($"{Url}/{TestData.ChengdeZoneId}");

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ZoneHasUsers);
        (await admin.GetJsonAsync<ZoneDto>($"{Url}/{TestData.ChengdeZoneId}")).Code.ShouldBe("chengde");
    }

    [Fact]
    public async Task Update_with_a_stale_concurrency_stamp_is_409_and_changes_nothing()
    {
        // Arrange: two editors read the same zone; the first one saves.
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        using var createResponse = await admin.PostJsonAsync(Url, NewZone(TestData.UniqueName("stale")));
        var zone = await createResponse.ShouldSucceedAsync<ZoneDto>();
        using var firstSave = await admin.PutJsonAsync($"{Url}/{zone.Id}", Update(zone, "First editor", zone.ConcurrencyStamp));
        var saved = await firstSave.ShouldSucceedAsync<ZoneDto>();

        // Act: the second editor saves with the stamp they read.
        using var secondSave = await admin.PutJsonAsync($"{Url}/{zone.Id}", Update(zone, "Second editor", zone.ConcurrencyStamp));

        // Assert
        await secondSave.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        var current = await admin.GetJsonAsync<ZoneDto>($"{Url}/{zone.Id}");
        current.ShouldBe(saved);
        current.NameEn.ShouldBe("First editor");
    }

    [Fact]
    public async Task Unknown_id_is_404_for_read_update_and_delete()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var id = Guid.NewGuid();

        // Act
        using var get = await admin.GetAsync($"{Url}/{id}");
        using var put = await admin.PutJsonAsync($"{Url}/{id}", new
        {
            nameZh = "无", nameEn = "None", province = "无", foundedOn = "2020-01-01", isActive = true, concurrencyStamp = "x",
        });
        using var delete = await admin.DeleteAsync($"{Url}/{id}");

        // Assert
        var problem = await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        problem.Detail.ShouldNotBeNull();
        problem.Detail.ShouldContain(id.ToString());
        await put.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
    }

    private static object NewZone(string code) => new
    {
        code, nameZh = "测试高新区", nameEn = "Test Zone", province = "辽宁省", foundedOn = "2020-05-01",
    };

    private static object Update(ZoneDto zone, string nameEn, string stamp) => new
    {
        nameZh = zone.NameZh, nameEn, province = zone.Province, foundedOn = zone.FoundedOn, isActive = zone.IsActive, concurrencyStamp = stamp,
    };

    private static async Task<long> CountZonesAsync(HttpClient admin) =>
        (await admin.GetJsonAsync<PagedResultDto<ZoneDto>>($"{Url}?maxResultCount=1")).TotalCount;
}
