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

        // Seeded by the first run: tier C, employer in the zone, 5-year contract, renting, 4 months insured; the demo
        // then confirmed 安家补贴 and paid its first installment, confirmed 科研启动经费 and two services.
        var before = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        before.Select(e => (e.RuleCode, e.Status)).ShouldBe(
        [
            ("apartment", EntitlementStatus.Proposed), ("medical", EntitlementStatus.Completed), ("research", EntitlementStatus.Confirmed),
            ("school", EntitlementStatus.Completed), ("settling", EntitlementStatus.Paying), ("spouse", EntitlementStatus.Proposed),
        ], ignoreOrder: true);
        var settling = before.Single(e => e.RuleCode == "settling");
        settling.Amount.ShouldBe(1_600_000); // 200万 scaled 0.8 for Jiangyin
        (settling.PaidAmount, settling.Installments.Count, settling.Installments[0].Status).ShouldBe((320_000m, 5, InstallmentStatus.Paid));
        settling.Explanation.ShouldContain(c => c.Field == ProfileField.Tier && c.Passed);

        // Nothing changed: a new run changes nothing.
        var rerun = await hr.RunToEndAsync();
        (rerun.Total, rerun.Processed, rerun.Created, rerun.Changed, rerun.Revoked).ShouldBe((303, 303, 0, 0, 0)); // 300 generated, the demo talent user, the two demo hires

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

        var summary = await hr.RunToEndAsync();
        var after = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        var otherSees = await other.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        using var talentLists = await talent.GetAsync("/api/app/entitlements");

        // 生活补贴 and 租房补贴 (no apartment without a tier) are new — Jiangyin pays 3万 × 0.8 rounded to whole 万 = 2万 each;
        // the three benefits that needed a tier and had nothing paid are revoked; paid and completed ones stay.
        (summary.Created, summary.Revoked).ShouldBe((2, 3));
        after.Where(e => e.Status != EntitlementStatus.Revoked).Select(e => (e.RuleCode, e.Amount)).ShouldBe(
            [("living", 20_000m), ("rent", 20_000m), ("settling", 1_600_000m), ("medical", 0m), ("school", 0m)], ignoreOrder: true);
        after.Single(e => e.RuleCode == "research").Installments.ShouldAllBe(i => i.Status == InstallmentStatus.Cancelled);
        after.Where(e => e.Status == EntitlementStatus.Revoked).ShouldAllBe(e => e.RevokeReason == "不再符合条件");
        after.Single(e => e.RuleCode == "rent").Payments.Select(p => p.Amount).ShouldBe([6668m, 6666m, 6666m]);
        otherSees.ShouldNotContain(e => after.Select(a => a.Id).Contains(e.Id));
        talentLists.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hr.GetJsonAsync<PagedResultDto<EntitlementDto>>($"/api/app/entitlements?profileId={mine.Id}")).TotalCount.ShouldBe(8);
    }
}
