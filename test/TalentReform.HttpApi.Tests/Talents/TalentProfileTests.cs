using System.Net;
using TalentReform.Dtos;

namespace TalentReform.Talents;

/// <summary>Talent profiles over HTTP: HR keeps them per zone; a talent sees only their own.</summary>
public class TalentProfileTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/app/talent-profiles";

    [Fact]
    public async Task Hr_lists_the_zone_profiles_and_another_zone_sees_none_of_them()
    {
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);

        var page = await dalian.GetJsonAsync<PagedResultDto<TalentProfileDto>>($"{Url}?maxResultCount=5&tier=C");
        var all = await dalian.GetJsonAsync<PagedResultDto<TalentProfileDto>>($"{Url}?maxResultCount=1");
        using var foreign = await chengde.GetAsync($"{Url}/{page.Items[0].Id}");

        all.TotalCount.ShouldBe(303); // 300 generated talents, the dalian-talent user's own profile and the demo campaign's two hires
        page.Items.ShouldAllBe(p => p.Tier == TalentTierLevel.C);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hr_creates_and_updates_a_profile_and_absurd_facts_are_refused()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        using var created = await hr.PostJsonAsync(Url, new
        {
            name = "测试人才", employer = "大连某公司", degree = "Doctorate", birthDate = "1990-05-01", employerInZone = true, contractYears = 5,
            socialInsuranceMonths = 12, tier = "B",
        });
        var profile = await created.ShouldSucceedAsync<TalentProfileDto>();
        using var bad = await hr.PostJsonAsync(Url, new { name = "x", socialInsuranceMonths = 601 });
        using var updated = await hr.PutJsonAsync($"{Url}/{profile.Id}", new
        {
            name = "测试人才", degree = "Doctorate", employerInZone = true, socialInsuranceMonths = 13, tier = "A", isActive = true,
            concurrencyStamp = profile.ConcurrencyStamp,
        });
        using var stale = await hr.PutJsonAsync($"{Url}/{profile.Id}", new { name = "x", isActive = true, concurrencyStamp = profile.ConcurrencyStamp });

        (profile.Tier, profile.Degree, profile.IsActive).ShouldBe((TalentTierLevel.B, Staffing.EducationDegree.Doctorate, true));
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed)).Errors.Keys.ShouldContain("socialInsuranceMonths");
        (await updated.ShouldSucceedAsync<TalentProfileDto>()).Tier.ShouldBe(TalentTierLevel.A);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_talent_reads_only_their_own_profile()
    {
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        var mine = await talent.GetJsonAsync<TalentProfileDto>("/api/app/my/profile");
        using var list = await talent.GetAsync(Url);
        using var byId = await talent.GetAsync($"{Url}/{mine.Id}");

        (mine.Name, mine.Tier, mine.SocialInsuranceMonths).ShouldBe(("大连引进人才", (TalentTierLevel?)TalentTierLevel.C, (int?)4));
        mine.UserId.ShouldNotBeNull();

        // Four months of local social insurance: the 生活补贴 (6 months) and 租房补贴 are within reach.
        var missing = await talent.GetJsonAsync<List<BenefitResultDto>>("/api/app/my/missing");
        missing.Select(b => b.Code).ShouldBe(["living", "rent"]);
        missing.ShouldAllBe(b => !b.Eligible && b.IsAlmost);
        missing[0].Conditions.Where(c => !c.Passed && c.Hint != null).Select(c => c.Hint).ShouldContain("本地社保缴纳月数还差 2");
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byId.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
