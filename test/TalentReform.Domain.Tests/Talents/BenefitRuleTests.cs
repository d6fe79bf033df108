using System.Globalization;
using TalentReform.Staffing;
using TalentReform.Talents.Rules;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Talents;

/// <summary>Benefit rules as data: boundaries, explanations, amounts, schedules, 就高不重复 and validation with paths.</summary>
public class BenefitRuleTests
{
    private static readonly DateOnly On = new(2026, 7, 1);
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>生活补贴 by degree (本科 1万, 硕士 3万, 博士 5万): age ≤ 35 (≤ 40 for 博士), ≥ 6 months of local social insurance.</summary>
    private static readonly BenefitRuleDefinition Living = new(
        "living", "生活补贴", "Living allowance",
        RuleCondition.All(
            RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"),
            RuleCondition.Any(
                RuleCondition.Compare(Age, LessOrEqual, "35"),
                RuleCondition.All(RuleCondition.Compare(Degree, Equal, "Doctorate"), RuleCondition.Compare(Age, LessOrEqual, "40"))),
            RuleCondition.Compare(SocialInsuranceMonths, GreaterOrEqual, "6")),
        new BenefitAmount(BenefitAmountKind.ByDegree, Table: new Dictionary<string, decimal> { ["Bachelor"] = 10_000, ["Master"] = 30_000, ["Doctorate"] = 50_000 }),
        PaymentSchedule.LumpSum, Article: "第五条");

    /// <summary>安家补贴 by tier over 5 years (B 300万, C 200万, D 100万, E 30万).</summary>
    private static readonly BenefitRuleDefinition Settling = new(
        "settling", "安家补贴", "Settling-in allowance",
        RuleCondition.All(RuleCondition.Compare(Tier, Exists), RuleCondition.Compare(EmployerInZone, Equal, "true"), RuleCondition.Compare(ContractYears, GreaterOrEqual, "5")),
        new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["B"] = 3_000_000, ["C"] = 2_000_000, ["D"] = 1_000_000, ["E"] = 300_000 }),
        PaymentSchedule.Yearly(0.2m, 0.2m, 0.2m, 0.2m, 0.2m));

    private static readonly BenefitRuleDefinition Rent = new(
        "rent", "租房补贴", "Rent allowance", RuleCondition.Compare(OwnsHomeInZone, Equal, "false"), BenefitAmount.Of(30_000),
        PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m), "housing");

    private static readonly BenefitRuleDefinition Apartment = new(
        "apartment", "人才公寓", "Talent apartment", RuleCondition.Compare(Tier, In, "A", "B", "C"), BenefitAmount.Of(60_000), PaymentSchedule.LumpSum, "housing");

    private static TalentFacts Facts(int age = 30, EducationDegree degree = EducationDegree.Master, int months = 6) =>
        new(Degree: degree, BirthDate: On.AddYears(-age), SocialInsuranceMonths: months, EmployerInZone: true, ContractYears: 5, Tier: TalentTierLevel.C, OwnsHomeInZone: false);

    [Theory]
    [InlineData(35, EducationDegree.Master, 6, true)]
    [InlineData(36, EducationDegree.Master, 6, false)]
    [InlineData(40, EducationDegree.Doctorate, 6, true)]
    [InlineData(41, EducationDegree.Doctorate, 6, false)]
    [InlineData(30, EducationDegree.Bachelor, 5, false)]
    [InlineData(30, EducationDegree.JuniorCollege, 12, false)]
    public void The_living_allowance_holds_on_its_boundaries(int age, EducationDegree degree, int months, bool eligible)
    {
        var decision = BenefitEvaluator.Evaluate([Living], Facts(age, degree, months), On).Single();
        decision.Eligible.ShouldBe(eligible);
    }

    [Fact]
    public void Age_is_counted_in_whole_years_so_the_day_before_a_birthday_is_still_the_younger_age()
    {
        var facts = Facts() with { BirthDate = On.AddYears(-36).AddDays(1) };
        BenefitEvaluator.Evaluate([Living], facts, On).Single().Eligible.ShouldBeTrue();
    }

    [Fact]
    public void A_failure_explains_what_is_missing_and_a_shortfall_is_almost_there()
    {
        var decision = BenefitEvaluator.Evaluate([Living], Facts(months: 2), On).Single();

        decision.Eligible.ShouldBeFalse();
        decision.IsAlmost.ShouldBeTrue();
        var leaf = decision.Outcome.FailedLeaves().ShouldHaveSingleItem();
        (leaf.Field, leaf.Actual, leaf.Expected.Single()).ShouldBe((SocialInsuranceMonths, "2", "6"));
        leaf.Hint!.ToString(null, Zh).ShouldBe("本地社保缴纳月数还差 4");
        leaf.Hint.ToString(null, CultureInfo.GetCultureInfo("en")).ShouldBe("needs 4 more: months of local social insurance");
    }

    [Fact]
    public void An_age_over_the_limit_is_not_almost_there_and_says_by_how_much()
    {
        var decision = BenefitEvaluator.Evaluate([Living], Facts(age: 41, degree: EducationDegree.Doctorate), On).Single();

        decision.IsAlmost.ShouldBeFalse();
        decision.Outcome.FailedLeaves().Select(l => l.Hint!.ToString(null, Zh)).ShouldContain("年龄 41 超过 40");
    }

    [Fact]
    public void An_unknown_fact_fails_the_comparison_and_asks_for_it()
    {
        var decision = BenefitEvaluator.Evaluate([Living], new TalentFacts(Degree: EducationDegree.Master, SocialInsuranceMonths: 12), On).Single();
        decision.Outcome.FailedLeaves().Select(l => l.Hint!.ToString(null, Zh)).ShouldBe(["缺少年龄信息", "学历需为博士", "缺少年龄信息"]);
    }

    [Fact]
    public void The_amount_comes_from_the_tier_table_and_is_paid_over_five_years_to_the_yuan()
    {
        var decision = BenefitEvaluator.Evaluate([Settling], Facts(), On).Single();

        (decision.Eligible, decision.Amount).ShouldBe((true, 2_000_000m));
        decision.Payments.Select(p => p.ToString()).ShouldBe(
            ["#1 2026-07-01 400000", "#2 2027-07-01 400000", "#3 2028-07-01 400000", "#4 2029-07-01 400000", "#5 2030-07-01 400000"]);
    }

    [Fact]
    public void Uneven_shares_round_to_the_yuan_and_the_last_installment_takes_the_remainder()
    {
        PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m).Installments(10_000, On).Select(p => p.Amount).ShouldBe([3334m, 3333m, 3333m]);
        PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m).Installments(100, On).Select(p => p.Amount).Sum().ShouldBe(100m);
    }

    [Fact]
    public void A_tier_without_an_entry_in_the_table_gets_nothing_and_says_why()
    {
        var decision = BenefitEvaluator.Evaluate([Settling], Facts() with { Tier = TalentTierLevel.A }, On).Single();
        (decision.Eligible, decision.Amount).ShouldBe((false, (decimal?)null));
        decision.Reason!.ToString(null, Zh).ShouldBe("金额表中没有与之对应的金额（按人才层次）");
    }

    [Fact]
    public void In_an_exclusivity_group_only_the_highest_benefit_is_granted()
    {
        var decisions = BenefitEvaluator.Evaluate([Rent, Apartment, Living], Facts(), On);

        var rent = decisions.Single(d => d.Rule.Code == "rent");
        (rent.Eligible, rent.ExcludedBy, rent.Payments.Count).ShouldBe((false, "apartment", 0));
        rent.Reason!.ToString(null, Zh).ShouldBe("与“人才公寓”就高不重复，按较高者享受");
        decisions.Single(d => d.Rule.Code == "apartment").Eligible.ShouldBeTrue();
        decisions.Single(d => d.Rule.Code == "living").Eligible.ShouldBeTrue();

        // Without the apartment (tier D), the rent allowance is granted.
        BenefitEvaluator.Evaluate([Rent, Apartment], Facts() with { Tier = TalentTierLevel.D }, On).Single(d => d.Rule.Code == "rent").Eligible.ShouldBeTrue();
    }

    [Fact]
    public void A_not_group_inverts_its_condition()
    {
        var notOwner = Living with { Condition = RuleCondition.Not(RuleCondition.Compare(OwnsHomeInZone, Equal, "true")) };
        BenefitEvaluator.Evaluate([notOwner], Facts(), On).Single().Eligible.ShouldBeTrue();
        BenefitEvaluator.Evaluate([notOwner], Facts() with { OwnsHomeInZone = true }, On).Single().Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Validation_reports_every_fault_with_its_path()
    {
        var broken = Living with
        {
            Condition = RuleCondition.All(
                RuleCondition.Any(),
                RuleCondition.Compare(Age, LessOrEqual, "thirty"),
                new RuleCondition(ConditionKind.Not, [RuleCondition.Compare(Age, Exists), RuleCondition.Compare(Age, Exists)]),
                RuleCondition.Compare(EmployerInZone, GreaterThan, "true"),
                RuleCondition.Compare(Age, Between, "20"),
                new RuleCondition(ConditionKind.Compare)),
            Amount = new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["Z"] = 1 }),
            Schedule = PaymentSchedule.Yearly(0.5m, 0.4m),
        };

        var errors = RuleValidator.Validate(broken).Select(e => (e.Path, e.Code)).ToList();

        errors.ShouldBe(
        [
            ("condition.children[0]", TalentReformErrorCodes.RuleGroupEmpty),
            ("condition.children[1].values[0]", TalentReformErrorCodes.RuleValueWrongType),
            ("condition.children[2]", TalentReformErrorCodes.RuleNotNeedsOneCondition),
            ("condition.children[3].operator", TalentReformErrorCodes.RuleOperatorNotForType),
            ("condition.children[4].values", TalentReformErrorCodes.RuleValueCount),
            ("condition.children[5]", TalentReformErrorCodes.RuleFieldMissing),
            ("amount.table.Z", TalentReformErrorCodes.RuleValueWrongType),
            ("schedule.shares", TalentReformErrorCodes.RuleScheduleSharesInvalid),
        ]);
        RuleValidator.Validate(Living).ShouldBeEmpty();
        RuleValidator.Validate(Settling).ShouldBeEmpty();
        RuleValidator.Validate(Rent).ShouldBeEmpty();
    }
}
