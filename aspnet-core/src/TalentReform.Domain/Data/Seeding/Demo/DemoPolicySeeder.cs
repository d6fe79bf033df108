using TalentReform.Talents;
using TalentReform.Talents.Rules;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds each demo zone's talent policy (published, in force since 2024): the illustrative amounts of DOMAIN.md —
/// 安家补贴 by tier over five years (B 300万, C 200万, D 100万, E 30万; Chengde and Jiangyin scaled down),
/// 生活补贴 by degree (本科 1万, 硕士 3万, 博士 5万; age ≤ 35, ≤ 40 for 博士; local 社保 ≥ 6 months), 租房补贴 1万 a
/// year for three years or a 人才公寓 (就高不重复), 科研启动经费, and three services. 安家补贴 commits the talent to
/// five years' service in the zone and 科研启动经费 to three (服务期; leaving earlier claws back a share). Skipped when the zone has policies.
/// </summary>
public class DemoPolicySeeder(IRepository<TalentPolicy> policies)
{
    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await policies.AnyAsync(p => p.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var scale = zone.Code switch { "dalian" => 1.0m, "jiangyin" => 0.8m, _ => 0.5m };
        decimal S(decimal amount) => Math.Round(amount * scale / 10_000m, 0, MidpointRounding.AwayFromZero) * 10_000m;
        var inZone = RuleCondition.Compare(EmployerInZone, Equal, "true");
        var contract = RuleCondition.Compare(ContractYears, GreaterOrEqual, "3");
        var insured = RuleCondition.Compare(SocialInsuranceMonths, GreaterOrEqual, "6");
        var rules = new List<BenefitRuleDefinition>
        {
            new("settling", "安家补贴", "Settling-in allowance",
                RuleCondition.All(RuleCondition.Compare(Tier, In, "B", "C", "D", "E"), inZone, RuleCondition.Compare(ContractYears, GreaterOrEqual, "5")),
                new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal>
                {
                    ["B"] = S(3_000_000), ["C"] = S(2_000_000), ["D"] = S(1_000_000), ["E"] = S(300_000),
                }),
                PaymentSchedule.Yearly(0.2m, 0.2m, 0.2m, 0.2m, 0.2m), Article: "第五条", CommitmentYears: 5),
            new("living", "生活补贴", "Living allowance",
                RuleCondition.All(
                    RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"),
                    RuleCondition.Any(
                        RuleCondition.Compare(Age, LessOrEqual, "35"),
                        RuleCondition.All(RuleCondition.Compare(Degree, Equal, "Doctorate"), RuleCondition.Compare(Age, LessOrEqual, "40"))),
                    inZone, contract, insured),
                new BenefitAmount(BenefitAmountKind.ByDegree, Table: new Dictionary<string, decimal>
                {
                    ["Bachelor"] = S(10_000), ["Master"] = S(30_000), ["Doctorate"] = S(50_000),
                }),
                PaymentSchedule.LumpSum, Article: "第六条"),
            new("rent", "租房补贴", "Rent allowance",
                RuleCondition.All(RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"), inZone, insured, RuleCondition.Compare(OwnsHomeInZone, Equal, "false")),
                BenefitAmount.Of(S(30_000)), PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m), "housing", "第七条"),
            new("apartment", "人才公寓（免租三年）", "Talent apartment (three years rent-free)",
                RuleCondition.All(RuleCondition.Compare(Tier, In, "A", "B", "C"), inZone, RuleCondition.Compare(OwnsHomeInZone, Equal, "false")),
                BenefitAmount.Of(S(90_000)), PaymentSchedule.LumpSum, "housing", "第七条"),
            new("research", "科研启动经费", "Research start-up funding",
                RuleCondition.All(RuleCondition.Compare(Tier, In, "A", "B", "C"), inZone),
                new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["A"] = S(2_000_000), ["B"] = S(1_000_000), ["C"] = S(500_000) }),
                PaymentSchedule.Yearly(0.5m, 0.5m), Article: "第八条", CommitmentYears: 3),
            new("school", "子女入学保障", "School places for children",
                RuleCondition.All(RuleCondition.Compare(Tier, In, "A", "B", "C", "D"), inZone), BenefitAmount.Service, PaymentSchedule.LumpSum, Article: "第十条"),
            new("medical", "医疗绿色通道", "Medical green channel",
                RuleCondition.Compare(Tier, In, "A", "B", "C"), BenefitAmount.Service, PaymentSchedule.LumpSum, Article: "第十条"),
            new("spouse", "配偶就业协助", "Spouse employment support",
                RuleCondition.All(RuleCondition.Compare(Tier, In, "A", "B", "C", "D"), inZone, contract), BenefitAmount.Service, PaymentSchedule.LumpSum,
                Article: "第十一条"),
        };

        var policy = new TalentPolicy(
            new DemoIds(zone.Id).For("policy", "talent-2024"), zone.Id, "TP-2024", 1, $"{zone.ShortNameZh}高新区人才引进若干政策",
            $"{zone.NameEn} talent attraction measures", $"{zone.ShortNameZh}高管发〔2024〕5号", new DateOnly(2024, 1, 1), null, rules);
        policy.Publish(null, DateTimeOffset.UtcNow);
        await policies.InsertAsync(policy, cancellationToken);
        await policies.SaveChangesAsync(cancellationToken);
    }
}
