using TalentReform.Talents.Rules;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Talents;

public class TalentPolicyTests
{
    private static readonly BenefitRuleDefinition Living = new(
        "living", "生活补贴", "Living allowance",
        RuleCondition.All(RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"), RuleCondition.Compare(Age, LessOrEqual, "35")),
        new BenefitAmount(BenefitAmountKind.ByDegree, Table: new Dictionary<string, decimal> { ["Bachelor"] = 10_000, ["Master"] = 30_000 }),
        PaymentSchedule.Yearly(0.5m, 0.5m), "living", "第六条");

    [Fact]
    public void Rules_are_kept_as_data_and_read_back_equal()
    {
        var policy = NewPolicy([Living]);

        var json = policy.RulesJson;
        var reloaded = new TalentPolicy(Guid.NewGuid(), Guid.NewGuid(), "TP", 1, "政策", "Policy", "文号", new DateOnly(2024, 1, 1), null, []);
        reloaded.SetRules(System.Text.Json.JsonSerializer.Deserialize<List<BenefitRuleDefinition>>(
            json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!);

        json.ShouldContain("\"operator\":\"GreaterOrEqual\"");
        var rule = reloaded.Rules.ShouldHaveSingleItem();
        (rule.Code, rule.Article, rule.ExclusivityGroup, rule.Amount.Table!["Master"], rule.Schedule.Shares!.Count).ShouldBe(("living", "第六条", "living", 30_000m, 2));
        rule.Condition.Children![1].Values.ShouldBe(["35"]);
    }

    [Fact]
    public void A_faulty_rule_is_refused_with_every_fault_and_its_path_in_the_policy()
    {
        var broken = Living with { Code = "broken", Condition = RuleCondition.All(RuleCondition.Any(), RuleCondition.Compare(Age, LessOrEqual, "x")) };

        var error = Should.Throw<RuleValidationException>(() => NewPolicy([Living, broken]));

        error.Errors.Select(e => e.Path).ShouldBe(["rules[1].condition.children[0]", "rules[1].condition.children[1].values[0]"]);
    }

    [Fact]
    public void Only_a_published_policy_in_its_period_is_in_force()
    {
        var policy = NewPolicy([Living]);
        policy.IsInForceOn(new DateOnly(2024, 6, 1)).ShouldBeFalse();
        policy.Publish(null, DateTimeOffset.UtcNow);
        policy.IsInForceOn(new DateOnly(2024, 6, 1)).ShouldBeTrue();
        policy.IsInForceOn(new DateOnly(2023, 12, 31)).ShouldBeFalse();
    }

    private static TalentPolicy NewPolicy(IReadOnlyList<BenefitRuleDefinition> rules) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "TP-2024", 1, "人才政策", "Talent policy", "大高管发〔2024〕5号", new DateOnly(2024, 1, 1), null, rules);

    [Fact]
    public void Two_rules_of_a_policy_cannot_share_a_code()
    {
        var error = Should.Throw<RuleValidationException>(() => NewPolicy([Living, Living with { NameZh = "另一个" }]));
        error.Errors.ShouldHaveSingleItem().ShouldBe(new RuleValidationError("rules[1].code", TalentReformErrorCodes.RuleCodeDuplicate, ["living"]), new RuleErrorComparer());
    }

    [Fact]
    public void A_published_version_is_not_edited_a_new_version_replaces_it_from_its_start_date()
    {
        var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var v1 = NewPolicy([Living]);
        v1.Publish(null, now);
        Should.Throw<BusinessException>(() => v1.SetRules([Living])).Code.ShouldBe(TalentReformErrorCodes.PolicyNotDraft);

        var v2 = v1.NextVersion(Guid.NewGuid());
        (v2.Code, v2.Version, v2.Status, v2.Rules.Count).ShouldBe(("TP-2024", 2, TalentPolicyStatus.Draft, 1));
        v2.Describe(v2.TitleZh, v2.TitleEn, v2.Document, new DateOnly(2025, 7, 1), null, reassessGranted: false);
        v2.SetRules([Living with { Amount = BenefitAmount.Of(20_000) }]);
        v2.Publish(v1, now);

        v1.EffectiveTo.ShouldBe(new DateOnly(2025, 6, 30));
        v1.IsInForceOn(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        v1.IsInForceOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
        v2.IsInForceOn(new DateOnly(2025, 7, 1)).ShouldBeTrue();
        var draft = v2.NextVersion(Guid.NewGuid());
        Should.Throw<BusinessException>(() => draft.NextVersion(Guid.NewGuid())).Code.ShouldBe(TalentReformErrorCodes.PolicyNotPublished);
    }

    [Fact]
    public void A_version_starting_on_or_before_the_previous_one_retires_it()
    {
        var v1 = NewPolicy([Living]);
        v1.Publish(null, DateTimeOffset.UtcNow);
        var v2 = v1.NextVersion(Guid.NewGuid());
        v2.Publish(v1, DateTimeOffset.UtcNow);
        v1.Status.ShouldBe(TalentPolicyStatus.Retired);
        v1.IsInForceOn(v1.EffectiveFrom).ShouldBeFalse();
    }

    private sealed class RuleErrorComparer : IEqualityComparer<RuleValidationError>
    {
        public bool Equals(RuleValidationError? x, RuleValidationError? y) =>
            x!.Path == y!.Path && x.Code == y.Code && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(RuleValidationError obj) => obj.Path.GetHashCode(StringComparison.Ordinal);
    }
}
