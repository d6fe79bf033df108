using TalentReform.Staffing;
using TalentReform.Talents.Rules;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Talents;

/// <summary>The compiled decisions a matching run uses agree with the explained evaluation, rule by rule, for any facts.</summary>
public class CompiledRuleTests
{
    private static readonly RuleCondition InZone = RuleCondition.Compare(EmployerInZone, Equal, "true");

    /// <summary>Every operator on every field type, nested groups, a Not, exclusivity with a tie, and a table missing a tier.</summary>
    private static readonly BenefitRuleDefinition[] Rules =
    [
        new("settling", "安家补贴", "Settling", RuleCondition.All(RuleCondition.Compare(Tier, In, "B", "C", "D"), InZone, RuleCondition.Compare(ContractYears, GreaterOrEqual, "5")),
            new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["B"] = 3_000_000, ["C"] = 2_000_000 }),
            PaymentSchedule.Yearly(0.2m, 0.2m, 0.2m, 0.2m, 0.2m), "big"),
        new("living", "生活补贴", "Living", RuleCondition.All(
                RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"),
                RuleCondition.Any(RuleCondition.Compare(Age, LessOrEqual, "35"), RuleCondition.All(RuleCondition.Compare(Degree, Equal, "Doctorate"), RuleCondition.Compare(Age, LessThan, "41"))),
                RuleCondition.Compare(SocialInsuranceMonths, Between, "6", "120")),
            new BenefitAmount(BenefitAmountKind.ByDegree, Table: new Dictionary<string, decimal> { ["Bachelor"] = 10_000, ["Master"] = 30_000, ["Doctorate"] = 50_000 }),
            PaymentSchedule.LumpSum),
        new("rent", "租房补贴", "Rent", RuleCondition.All(InZone, RuleCondition.Not(RuleCondition.Compare(OwnsHomeInZone, Equal, "true"))),
            BenefitAmount.Of(30_000), PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m), "housing"),
        new("apartment", "人才公寓", "Apartment", RuleCondition.All(RuleCondition.Compare(Tier, GreaterThan, "D"), RuleCondition.Compare(OwnsHomeInZone, NotEqual, "true")),
            BenefitAmount.Of(30_000), PaymentSchedule.LumpSum, "housing"),
        new("chips", "集成电路专项", "Chips", RuleCondition.All(RuleCondition.Compare(Field, In, "集成电路", "人工智能"), RuleCondition.Compare(MonthsInZone, LessOrEqual, "36"),
                RuleCondition.Compare(YearsSinceDegree, GreaterThan, "2"), RuleCondition.Compare(OverseasExperience, Exists)),
            BenefitAmount.Of(100_000), PaymentSchedule.LumpSum, "big"),
        new("medical", "医疗绿色通道", "Medical", RuleCondition.Any(RuleCondition.Compare(Tier, LessOrEqual, "C"), RuleCondition.Compare(Field, NotEqual, "金融科技")),
            BenefitAmount.Service, PaymentSchedule.LumpSum),
    ];

    [Fact]
    public void Decisions_agree_with_the_explained_evaluation_for_thousands_of_random_profiles()
    {
        var compiled = Rules.Select(CompiledRule.Compile).ToList();
        var random = new Random(7);
        var on = new DateOnly(2026, 7, 1);
        string[] fields = ["集成电路", "人工智能", "金融科技", "生物医药"];
        T? Maybe<T>(Func<T> value) where T : struct => random.Next(8) == 0 ? null : value();

        for (var i = 0; i < 5000; i++)
        {
            var facts = new TalentFacts(
                Maybe(() => (EducationDegree)random.Next(0, 5)), Maybe(() => on.AddDays(-random.Next(0, 4000))), Maybe(() => on.AddDays(-random.Next(7000, 17000))),
                Maybe(() => on.AddDays(-random.Next(0, 2000))), Maybe(() => random.Next(2) == 0), Maybe(() => (decimal)random.Next(0, 8)),
                Maybe(() => random.Next(0, 130)), Maybe(() => (TalentTierLevel)random.Next(0, 5)), random.Next(5) == 0 ? null : fields[random.Next(fields.Length)],
                Maybe(() => random.Next(2) == 0), Maybe(() => random.Next(2) == 0));

            var explained = BenefitEvaluator.Evaluate(Rules, facts, on).Select(d => d.Verdict).ToList();
            var decided = BenefitEvaluator.Decide(compiled, facts, on);

            decided.Select(v => (v.Rule.Code, v.Eligible, v.Eligible ? v.Amount : null, v.Payments.Count))
                .ShouldBe(explained.Select(v => (v.Rule.Code, v.Eligible, v.Eligible ? v.Amount : null, v.Payments.Count)), $"facts #{i}: {facts}");
        }
    }
}
