using TalentReform.Talents.Rules;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Talents;

/// <summary>An entitlement's life: confirmation into installments, payments, revocation, and clawback on early departure.</summary>
public class EntitlementTests
{
    internal static readonly DateTimeOffset Now = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    internal static readonly DateOnly Start = new(2024, 3, 1);

    internal static readonly BenefitRuleDefinition Settling = new(
        "settling", "安家补贴", "Settling-in allowance", RuleCondition.Compare(Tier, In, "B", "C"),
        new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["B"] = 3_000_000, ["C"] = 1_000_000 }),
        PaymentSchedule.Yearly(0.2m, 0.2m, 0.2m, 0.2m, 0.2m), Article: "第五条", CommitmentYears: 5);

    private static readonly BenefitRuleDefinition Medical = new(
        "medical", "医疗绿色通道", "Medical green channel", RuleCondition.Compare(Tier, In, "B", "C"), BenefitAmount.Service, PaymentSchedule.LumpSum);

    private static TalentFacts Facts(TalentTierLevel tier) => new(null, null, null, null, true, 5, 12, tier, null, false, false);

    private static TalentPolicy Policy(params BenefitRuleDefinition[] rules)
    {
        var policy = new TalentPolicy(Guid.NewGuid(), Guid.NewGuid(), "TP", 1, "政策", "Policy", "文号", new DateOnly(2024, 1, 1), null, rules);
        policy.Publish(null, Now);
        return policy;
    }

    private static Entitlement Grant(TalentPolicy policy, BenefitRuleDefinition rule, TalentTierLevel tier)
    {
        var decision = BenefitEvaluator.Evaluate([rule], Facts(tier), Start).Single();
        decision.Eligible.ShouldBeTrue();
        return new Entitlement(Guid.NewGuid(), policy.ZoneId!.Value, Guid.NewGuid(), policy, decision.Verdict, Facts(tier), Start, Now);
    }

    [Fact]
    public void Confirming_turns_the_schedule_into_installments_and_payments_move_it_to_paying_then_completed()
    {
        var entitlement = Grant(Policy(Settling), Settling, TalentTierLevel.C);
        entitlement.Installments.ShouldBeEmpty();

        entitlement.Confirm(Now);

        entitlement.Status.ShouldBe(EntitlementStatus.Confirmed);
        entitlement.Installments.Select(i => (i.Number, i.DueOn, i.Amount)).ShouldBe(
            Enumerable.Range(0, 5).Select(y => (y + 1, Start.AddYears(y), 200_000m)));
        foreach (var installment in entitlement.Installments.Take(4))
        {
            entitlement.MarkPaid(installment.Id, "FK-" + installment.Number, installment.DueOn, Now);
            entitlement.Status.ShouldBe(EntitlementStatus.Paying);
        }

        entitlement.MarkPaid(entitlement.Installments[4].Id, "FK-5", Start.AddYears(4), Now);
        entitlement.Status.ShouldBe(EntitlementStatus.Completed);
        entitlement.PaidAmount.ShouldBe(1_000_000);
        Should.Throw<BusinessException>(() => entitlement.MarkPaid(entitlement.Installments[0].Id, "again", Start, Now)).Code
            .ShouldBe(TalentReformErrorCodes.InstallmentNotScheduled);
    }

    [Fact]
    public void A_service_is_complete_when_confirmed_and_a_confirmation_happens_once()
    {
        var entitlement = Grant(Policy(Medical), Medical, TalentTierLevel.B);
        entitlement.Confirm(Now);
        (entitlement.Status, entitlement.Installments.Count).ShouldBe((EntitlementStatus.Completed, 0));
        Should.Throw<BusinessException>(() => entitlement.Confirm(Now)).Code.ShouldBe(TalentReformErrorCodes.EntitlementNotProposed);
    }

    [Fact]
    public void A_suspended_installment_is_not_paid_until_resumed_and_revocation_cancels_what_is_left()
    {
        var entitlement = Grant(Policy(Settling), Settling, TalentTierLevel.C);
        entitlement.Confirm(Now);
        var first = entitlement.Installments[0].Id;

        entitlement.Suspend(first, "人才档案已停用", Now);
        Should.Throw<BusinessException>(() => entitlement.MarkPaid(first, "FK-1", Start, Now)).Code.ShouldBe(TalentReformErrorCodes.InstallmentNotScheduled);
        entitlement.Resume(first, Now);
        entitlement.Installments[0].Status.ShouldBe(InstallmentStatus.Scheduled);

        entitlement.Revoke("不再符合条件", Now).ShouldBeTrue();
        entitlement.Installments.ShouldAllBe(i => i.Status == InstallmentStatus.Cancelled);
    }

    [Fact]
    public void A_confirmed_entitlement_follows_a_new_amount_with_a_new_schedule_but_a_paying_one_does_not()
    {
        var policy = Policy(Settling);
        var entitlement = Grant(policy, Settling, TalentTierLevel.C);
        entitlement.Confirm(Now);
        var asB = BenefitEvaluator.Evaluate([Settling], Facts(TalentTierLevel.B), Start).Single().Verdict;

        entitlement.Follow(policy, asB, Facts(TalentTierLevel.B), Start, Now).ShouldBeTrue();
        entitlement.Installments.Select(i => i.Amount).ShouldBe([600_000m, 600_000m, 600_000m, 600_000m, 600_000m]);

        entitlement.MarkPaid(entitlement.Installments[0].Id, "FK-1", Start, Now);
        var asC = BenefitEvaluator.Evaluate([Settling], Facts(TalentTierLevel.C), Start).Single().Verdict;
        entitlement.Follow(policy, asC, Facts(TalentTierLevel.C), Start, Now).ShouldBeFalse();
        entitlement.Revoke("不再符合条件", Now).ShouldBeFalse();
        entitlement.Amount.ShouldBe(3_000_000);
    }

    [Theory]
    // 1,000,000 paid of a 5-year commitment from 2024-03-01:
    [InlineData("2026-09-15", 400_000, 200_000)] // 30 of 60 months served → half of what was paid
    [InlineData("2026-09-01", 400_000, 200_000)] // the same day of the month counts the month as served: still 30
    [InlineData("2026-08-31", 400_000, 206_667)] // one day short: 29 months served, 31/60 × 400,000 = 206,666.67 → 206,667
    [InlineData("2024-03-01", 200_000, 200_000)] // left on the first day: everything back
    [InlineData("2029-02-28", 1_000_000, 16_667)] // 59 months served: 1/60
    public void Clawback_recovers_the_unserved_share_of_what_was_paid(string leftOn, int paid, int expected) =>
        ClawbackArithmetic.Amount(paid, Start, 5, DateOnly.Parse(leftOn, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Clawing_back_cancels_the_rest_and_is_refused_before_payment_or_after_the_commitment()
    {
        var entitlement = Grant(Policy(Settling), Settling, TalentTierLevel.C);
        entitlement.Confirm(Now);
        Should.Throw<BusinessException>(() => entitlement.ClawBack(Start.AddMonths(6), "离职", Now)).Code.ShouldBe(TalentReformErrorCodes.ClawbackNotApplicable);
        entitlement.MarkPaid(entitlement.Installments[0].Id, "FK-1", Start, Now);
        entitlement.MarkPaid(entitlement.Installments[1].Id, "FK-2", Start.AddYears(1), Now);
        Should.Throw<BusinessException>(() => entitlement.ClawBack(Start.AddYears(5), "离职", Now)).Code.ShouldBe(TalentReformErrorCodes.ClawbackNotApplicable);

        entitlement.ClawBack(new DateOnly(2026, 9, 15), "离职去外地", Now).ShouldBe(200_000);

        (entitlement.Status, entitlement.ClawbackAmount, entitlement.LeftOn).ShouldBe((EntitlementStatus.ClawedBack, 200_000m, new DateOnly(2026, 9, 15)));
        entitlement.Installments.Skip(2).ShouldAllBe(i => i.Status == InstallmentStatus.Cancelled);
        entitlement.Installments.Take(2).ShouldAllBe(i => i.Status == InstallmentStatus.Paid);
    }

    [Fact]
    public void The_facts_the_benefit_was_decided_on_are_kept_for_its_explanation()
    {
        var entitlement = Grant(Policy(Settling), Settling, TalentTierLevel.C);
        entitlement.Facts.ShouldBe(Facts(TalentTierLevel.C));
        entitlement.DecidedOn.ShouldBe(Start);
        ConditionEvaluator.Evaluate(Settling.Condition, entitlement.Facts, entitlement.DecidedOn).Passed.ShouldBeTrue();
    }
}
