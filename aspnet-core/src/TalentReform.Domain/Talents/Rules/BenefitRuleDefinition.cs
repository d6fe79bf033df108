using System.Globalization;

namespace TalentReform.Talents.Rules;

/// <summary>How much a rule grants: nothing (a service), a fixed sum, or a sum looked up by tier or degree.</summary>
/// <param name="Table">For ByTier / ByDegree: tier letter ("B") or degree ("Master") → amount in yuan.</param>
public sealed record BenefitAmount(BenefitAmountKind Kind, decimal? Fixed = null, IReadOnlyDictionary<string, decimal>? Table = null)
{
    public static BenefitAmount Service => new(BenefitAmountKind.None);

    public static BenefitAmount Of(decimal amount) => new(BenefitAmountKind.Fixed, amount);

    /// <summary>The amount for these facts; null when the table has no entry for the talent's tier or degree.</summary>
    public decimal? For(TalentFacts facts) => Kind switch
    {
        BenefitAmountKind.None => 0m,
        BenefitAmountKind.Fixed => Fixed ?? 0m,
        BenefitAmountKind.ByTier => facts.Tier is { } tier && Table!.TryGetValue(tier.ToString(), out var byTier) ? byTier : null,
        BenefitAmountKind.ByDegree => facts.Degree is { } degree && Table!.TryGetValue(degree.ToString(), out var byDegree) ? byDegree : null,
        _ => null,
    };
}

/// <summary>When the amount is paid: at once, or in yearly installments with the given shares (adding up to 1).</summary>
public sealed record PaymentSchedule(PaymentScheduleKind Kind, IReadOnlyList<decimal>? Shares = null)
{
    public static PaymentSchedule LumpSum => new(PaymentScheduleKind.LumpSum);

    public static PaymentSchedule Yearly(params decimal[] shares) => new(PaymentScheduleKind.Yearly, shares);

    /// <summary>
    /// The installments of <paramref name="amount"/> from <paramref name="start"/> (then each year on the same
    /// day), in whole yuan; the last one takes the rounding remainder so the sum is exact.
    /// </summary>
    public IReadOnlyList<ScheduledPayment> Installments(decimal amount, DateOnly start)
    {
        if (Kind == PaymentScheduleKind.LumpSum || Shares is not { Count: > 0 } shares)
        {
            return [new ScheduledPayment(1, start, amount)];
        }

        var payments = new List<ScheduledPayment>(shares.Count);
        var paid = 0m;
        for (var i = 0; i < shares.Count; i++)
        {
            var part = i == shares.Count - 1 ? amount - paid : Math.Round(amount * shares[i], 0, MidpointRounding.AwayFromZero);
            payments.Add(new ScheduledPayment(i + 1, start.AddYears(i), part));
            paid += part;
        }

        return payments;
    }
}

public sealed record ScheduledPayment(int Number, DateOnly DueOn, decimal Amount)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Number} {DueOn:yyyy-MM-dd} {Amount:0}");
}

/// <summary>
/// One benefit of a policy, as data: who qualifies (<see cref="Condition"/>), how much, on what schedule, and the
/// exclusivity group in which only the highest benefit is granted (就高不重复), the policy article it rests on, and the
/// commitment period (服务期) within which a talent who leaves pays back a share of what was paid.
/// </summary>
public sealed record BenefitRuleDefinition(
    string Code, string NameZh, string NameEn, RuleCondition Condition, BenefitAmount Amount, PaymentSchedule Schedule, string? ExclusivityGroup = null,
    string? Article = null, int? CommitmentYears = null);
