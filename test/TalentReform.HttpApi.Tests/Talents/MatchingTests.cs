using System.Net;
using TalentReform.Dtos;

namespace TalentReform.Talents;

/// <summary>免申即享 over HTTP: entitlements found without applying, following the facts, visible only to their talent.</summary>
public class MatchingTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Matching_finds_the_talent_benefits_follows_a_change_of_facts_and_revokes_what_is_no_longer_due()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var talent = await factory.CreateClientAsync("jiangyin-talent");
        using var other = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        // Seeded by the first run: tier C, employer in the zone, 5-year contract, renting, 4 months insured.
        var before = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        before.Select(e => e.RuleCode).ShouldBe(["apartment", "medical", "research", "school", "settling", "spouse"], ignoreOrder: true);
        before.Single(e => e.RuleCode == "settling").Amount.ShouldBe(1_600_000); // 200万 scaled 0.8 for Jiangyin
        before.ShouldAllBe(e => e.Status == EntitlementStatus.Proposed);

        // Nothing changed: a new run changes nothing.
        using (var rerun = await hr.PostJsonAsync("/api/app/matching-runs", new { }))
        {
            var run = await rerun.ShouldSucceedAsync<MatchingRunDto>();
            (run.Total, run.Processed, run.Created, run.Changed, run.Revoked).ShouldBe((301, 301, 0, 0, 0));
        }

        // Now 12 months insured and the certified tier withdrawn.
        var mine = await talent.GetJsonAsync<TalentProfileDto>("/api/app/my/profile");
        using (var update = await hr.PutJsonAsync($"/api/app/talent-profiles/{mine.Id}", new
        {
            name = mine.Name, employer = mine.Employer, degree = mine.Degree, degreeDate = mine.DegreeDate, birthDate = mine.BirthDate, arrivedOn = mine.ArrivedOn,
            employerInZone = true, contractYears = mine.ContractYears, socialInsuranceMonths = 12, tier = (string?)null, ownsHomeInZone = false, isActive = true,
            concurrencyStamp = mine.ConcurrencyStamp,
        }))
        {
            await update.ShouldSucceedAsync();
        }

        using var second = await hr.PostJsonAsync("/api/app/matching-runs", new { });
        var summary = await second.ShouldSucceedAsync<MatchingRunDto>();
        var after = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        var otherSees = await other.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        using var talentLists = await talent.GetAsync("/api/app/entitlements");

        // 生活补贴 and 租房补贴 (no apartment without a tier) are new — Jiangyin pays 3万 × 0.8 rounded to whole 万 = 2万 each;
        // the six benefits that needed a tier are revoked.
        (summary.Created, summary.Revoked).ShouldBe((2, 6));
        after.Where(e => e.Status != EntitlementStatus.Revoked).Select(e => (e.RuleCode, e.Amount)).ShouldBe([("living", 20_000m), ("rent", 20_000m)], ignoreOrder: true);
        after.Where(e => e.Status == EntitlementStatus.Revoked).ShouldAllBe(e => e.RevokeReason == "不再符合条件");
        after.Single(e => e.RuleCode == "rent").Payments.Select(p => p.Amount).ShouldBe([6668m, 6666m, 6666m]);
        otherSees.ShouldNotContain(e => after.Select(a => a.Id).Contains(e.Id));
        talentLists.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hr.GetJsonAsync<PagedResultDto<EntitlementDto>>($"/api/app/entitlements?profileId={mine.Id}")).TotalCount.ShouldBe(8);
    }
}
