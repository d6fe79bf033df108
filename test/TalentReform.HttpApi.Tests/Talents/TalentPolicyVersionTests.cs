using System.Net;
using TalentReform.Dtos;
using TalentReform.Planning;

namespace TalentReform.Talents;

/// <summary>
/// Policies as data over HTTP: a published version is never edited, a new version is drafted and published in its
/// place, entitlements stay on the version they were granted under unless the new version re-assesses them, and a
/// faulty rule is refused with the path of each fault.
/// </summary>
public class TalentPolicyVersionTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Policies = "/api/app/talent-policies";

    [Fact]
    public async Task A_new_version_grandfathers_what_was_granted_unless_it_says_to_reassess()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var v1 = (await hr.GetJsonAsync<List<TalentPolicyDto>>(Policies)).ShouldHaveSingleItem();
        (v1.Code, v1.Version, v1.Status, v1.IsInForce).ShouldBe(("TP-2024", 1, TalentPolicyStatus.Published, true));
        v1.EntitlementCount.ShouldBeGreaterThan(100);

        using (var edit = await hr.PutJsonAsync($"{Policies}/{v1.Id}/rules", v1.Rules))
        {
            await edit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PolicyNotDraft);
        }

        // v2: 安家补贴 for tier C raised from 200万 to 250万, existing entitlements grandfathered.
        var v2 = await CreateVersionAsync(hr, v1.Id);
        (v2.Version, v2.Status, v2.EffectiveFrom).ShouldBe((2, TalentPolicyStatus.Draft, PlanningApi.TodayInChina));
        using (var duplicate = await hr.PostJsonAsync($"{Policies}/{v1.Id}/versions", new { }))
        {
            await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.PolicyDraftExists);
        }

        v2 = await PutRulesAsync(hr, v2.Id, RaiseSettlingC(v2.Rules, 2_500_000));
        v2 = await PublishAsync(hr, v2);
        var v1After = await hr.GetJsonAsync<TalentPolicyDto>($"{Policies}/{v1.Id}");
        (v1After.EffectiveTo, v1After.IsInForce).ShouldBe((PlanningApi.TodayInChina.AddDays(-1), false));
        (await hr.GetJsonAsync<List<TalentPolicyDto>>($"{Policies}?code=TP-2024")).Select(p => p.Version).ShouldBe([2, 1]);

        var grandfathered = await hr.RunToEndAsync();
        (grandfathered.Created, grandfathered.Changed, grandfathered.Revoked).ShouldBe((0, 0, 0));
        var settling = await SettlingAsync(hr);
        settling.ShouldAllBe(e => e.PolicyVersion == 1);
        settling.Where(e => e.Amount == 2_000_000).ShouldNotBeEmpty();

        // v3 re-assesses: open entitlements move to v3 and its amounts; the paying one keeps v1 and its amount.
        var v3 = await CreateVersionAsync(hr, v2.Id);
        using (var update = await hr.PutJsonAsync($"{Policies}/{v3.Id}", new
        {
            code = v3.Code, titleZh = v3.TitleZh, titleEn = v3.TitleEn, document = v3.Document, effectiveFrom = v3.EffectiveFrom, reassessGranted = true,
            rules = v3.Rules, concurrencyStamp = v3.ConcurrencyStamp,
        }))
        {
            v3 = await update.ShouldSucceedAsync<TalentPolicyDto>();
        }

        v3.ReassessGranted.ShouldBeTrue();
        await PublishAsync(hr, v3);
        var reassessed = await hr.RunToEndAsync();
        reassessed.Changed.ShouldBeGreaterThan(0);
        settling = await SettlingAsync(hr);
        settling.Where(e => e.Status is EntitlementStatus.Proposed or EntitlementStatus.Confirmed).ShouldAllBe(e => e.PolicyVersion == 3);
        settling.Where(e => e.Status == EntitlementStatus.Paying).ShouldAllBe(e => e.PolicyVersion == 1);

        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        var mine = (await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements")).Single(e => e.RuleCode == "settling");
        (mine.Status, mine.PolicyVersion, mine.Amount, mine.Article).ShouldBe((EntitlementStatus.Paying, 1, 2_000_000m, "第五条"));
    }

    [Fact]
    public async Task A_faulty_rule_is_refused_with_the_path_of_each_fault_and_nothing_changes()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var create = await hr.PostJsonAsync(Policies, new
        {
            code = "TP-HOUSING", titleZh = "住房补贴试行办法", titleEn = "Housing subsidy trial measures", document = "澄高管发〔2025〕9号",
            effectiveFrom = "2025-01-01", rules = Array.Empty<object>(),
        });
        var draft = await create.ShouldSucceedAsync<TalentPolicyDto>();
        (draft.Version, draft.Status, draft.Rules.Count).ShouldBe((1, TalentPolicyStatus.Draft, 0));

        var broken = new[]
        {
            new
            {
                code = "buy", nameZh = "购房补贴", nameEn = "Home purchase subsidy", article = "第三条",
                condition = new
                {
                    kind = "All",
                    children = new object[]
                    {
                        new { kind = "Any", children = Array.Empty<object>() },
                        new { kind = "Compare", field = "Age", @operator = "LessOrEqual", values = new[] { "thirty" } },
                        new { kind = "Compare", field = "OverseasExperience", @operator = "GreaterThan", values = new[] { "true" } },
                    },
                },
                amount = new { kind = "Fixed", @fixed = 100_000 },
                schedule = new { kind = "Yearly", shares = new[] { 0.5, 0.4 } },
                commitmentYears = 30,
            },
        };
        using var refused = await hr.PutJsonAsync($"{Policies}/{draft.Id}/rules", broken);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.RuleGroupEmpty);
        problem.Errors.Keys.ShouldBe(
        [
            "rules[0].condition.children[0]", "rules[0].condition.children[1].values[0]", "rules[0].condition.children[2].operator", "rules[0].schedule.shares",
            "rules[0].commitmentYears",
        ], ignoreOrder: true);
        problem.Errors["rules[0].condition.children[0]"].ShouldBe(["条件组不能为空。"]);
        (await hr.GetJsonAsync<TalentPolicyDto>($"{Policies}/{draft.Id}")).Rules.ShouldBeEmpty();

        using (var duplicateCode = await hr.PostJsonAsync(Policies, new
        {
            code = "TP-2024", titleZh = "重复", titleEn = "Duplicate", document = "文号", effectiveFrom = "2025-01-01", rules = Array.Empty<object>(),
        }))
        {
            await duplicateCode.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.PolicyCodeExists);
        }

        (await hr.DeleteAsync($"{Policies}/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var published = (await hr.GetJsonAsync<List<TalentPolicyDto>>(Policies)).Single(p => p.Code == "TP-2024");
        using var deletePublished = await hr.DeleteAsync($"{Policies}/{published.Id}");
        await deletePublished.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PolicyNotDraft);
    }

    [Fact]
    public async Task Testing_a_rule_against_a_profile_explains_every_condition_and_stores_nothing()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var talent = await factory.CreateClientAsync("chengde-talent");
        var profile = await talent.GetJsonAsync<TalentProfileDto>("/api/app/my/profile");
        var policy = (await hr.GetJsonAsync<List<TalentPolicyDto>>(Policies)).Single();
        var living = policy.Rules.Single(r => r.Code == "living");

        using var tested = await hr.PostJsonAsync($"{Policies}/test-rule", new { profileId = profile.Id, rule = living, policyId = policy.Id });
        var result = await tested.ShouldSucceedAsync<BenefitResultDto>();
        (result.Eligible, result.IsAlmost, result.Article, result.PolicyCode).ShouldBe((false, true, "第六条", "TP-2024"));
        result.Conditions.ShouldContain(c => c.Field == ProfileField.SocialInsuranceMonths && !c.Passed && c.Hint!.Contains('2'));

        living.Condition.Children![^1].Values = ["3"]; // 社保 ≥ 3 months: the talent's 4 months now qualify
        using var relaxed = await hr.PostJsonAsync($"{Policies}/test-rule", new { profileId = profile.Id, rule = living });
        var passed = await relaxed.ShouldSucceedAsync<BenefitResultDto>();
        (passed.Eligible, passed.Amount).ShouldBe((true, 20_000m)); // 3万 × 0.5 rounded to whole 万
        (await hr.GetJsonAsync<TalentPolicyDto>($"{Policies}/{policy.Id}")).Rules.Single(r => r.Code == "living").Condition.Children![^1].Values.ShouldBe(["6"]);

        using var leader = await factory.CreateClientAsync(TestData.Users.ChengdeLeader);
        (await leader.GetAsync(Policies)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.PostJsonAsync($"{Policies}/test-rule", new { profileId = profile.Id, rule = living })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<TalentPolicyDto> CreateVersionAsync(HttpClient hr, Guid id)
    {
        using var response = await hr.PostJsonAsync($"{Policies}/{id}/versions", new { });
        return await response.ShouldSucceedAsync<TalentPolicyDto>();
    }

    private static async Task<TalentPolicyDto> PutRulesAsync(HttpClient hr, Guid id, IReadOnlyList<BenefitRuleDto> rules)
    {
        using var response = await hr.PutJsonAsync($"{Policies}/{id}/rules", rules);
        return await response.ShouldSucceedAsync<TalentPolicyDto>();
    }

    private static async Task<TalentPolicyDto> PublishAsync(HttpClient hr, TalentPolicyDto policy)
    {
        using var response = await hr.PostJsonAsync($"{Policies}/{policy.Id}/publish", new { concurrencyStamp = policy.ConcurrencyStamp });
        var published = await response.ShouldSucceedAsync<TalentPolicyDto>();
        (published.Status, published.IsInForce).ShouldBe((TalentPolicyStatus.Published, true));
        return published;
    }

    private static async Task<List<EntitlementDto>> SettlingAsync(HttpClient hr) =>
        (await hr.GetJsonAsync<PagedResultDto<EntitlementDto>>("/api/app/entitlements?ruleCode=settling&maxResultCount=1000")).Items
            .Where(e => e.Status != EntitlementStatus.Revoked).ToList();

    private static List<BenefitRuleDto> RaiseSettlingC(IReadOnlyList<BenefitRuleDto> rules, decimal amount)
    {
        var list = rules.ToList();
        list.Single(r => r.Code == "settling").Amount.Table!["C"] = amount;
        return list;
    }
}
