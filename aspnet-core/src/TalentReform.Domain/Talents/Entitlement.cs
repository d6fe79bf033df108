using System.Text.Json;
using System.Text.Json.Serialization;
using TalentReform.Localization;
using TalentReform.Entities;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 免申即享: a benefit a matching run found a talent entitled to, without any application — the policy version and
/// rule it was granted under, the amount, its payment schedule, and the facts it was decided on (so the explanation
/// can be shown exactly as it was). Amount changes and revocations follow later runs only while nothing has been
/// paid. Once confirmed, the schedule becomes <see cref="Installments"/>, each re-checked before it is paid.
/// </summary>
public class Entitlement : AggregateRoot, IMultiZone
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly List<Installment> _installments = [];

    public Guid? ZoneId { get; private set; }
    public Guid ProfileId { get; private set; }
    public Guid PolicyId { get; private set; }
    public string PolicyCode { get; private set; } = null!;
    public int PolicyVersion { get; private set; }
    public string RuleCode { get; private set; } = null!;
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public decimal Amount { get; private set; }

    /// <summary>The scheduled payments (JSON: number, due date, amount) as proposed.</summary>
    public string PaymentsJson { get; private set; } = "[]";

    /// <summary>The profile's facts when the benefit was last decided (JSON), and the day it was decided on.</summary>
    public string FactsJson { get; private set; } = "{}";

    public DateOnly DecidedOn { get; private set; }

    public EntitlementStatus Status { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? RevokeReason { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The 服务期 in years the talent committed to (from the rule), counted from the first payment's due date.</summary>
    public int? CommitmentYears { get; private set; }

    public DateOnly? LeftOn { get; private set; }
    public decimal? ClawbackAmount { get; private set; }
    public string? ClawbackReason { get; private set; }

    public IReadOnlyList<Installment> Installments => _installments.OrderBy(i => i.Number).ToList();

    protected Entitlement()
    {
    }

    public Entitlement(Guid id, Guid zoneId, Guid profileId, TalentPolicy policy, BenefitVerdict decision, TalentFacts facts, DateOnly on, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        ProfileId = profileId;
        PolicyCode = policy.Code;
        RuleCode = decision.Rule.Code;
        Status = EntitlementStatus.Proposed;
        GrantedAt = now;
        Decide(policy, decision, facts, on);
        UpdatedAt = now;
    }

    public bool IsOpen => Status is EntitlementStatus.Proposed or EntitlementStatus.Confirmed;

    public IReadOnlyList<ScheduledPayment> Payments => JsonSerializer.Deserialize<List<ScheduledPayment>>(PaymentsJson) ?? [];

    public TalentFacts Facts => JsonSerializer.Deserialize<TalentFacts>(FactsJson, Json)!;

    public decimal PaidAmount => _installments.Where(i => i.Status == InstallmentStatus.Paid).Sum(i => i.Amount);

    /// <summary>
    /// A later run decided again (facts, tier or — when the new version re-assesses — the policy changed). Only
    /// before any payment; a confirmed schedule is rebuilt. False when nothing changed.
    /// </summary>
    public bool Follow(TalentPolicy policy, BenefitVerdict decision, TalentFacts facts, DateOnly on, DateTimeOffset now)
    {
        if (!IsOpen || (decision.Amount == Amount && policy.Id == PolicyId))
        {
            return false;
        }

        Decide(policy, decision, facts, on);
        if (Status == EntitlementStatus.Confirmed)
        {
            _installments.Clear();
            AddInstallments();
        }

        UpdatedAt = now;
        return true;
    }

    public bool Revoke(string reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }

        Status = EntitlementStatus.Revoked;
        RevokeReason = reason;
        foreach (var installment in _installments)
        {
            installment.Cancel();
        }

        UpdatedAt = now;
        return true;
    }

    /// <summary>HR confirms the proposal: the schedule becomes installments to be paid (services complete at once).</summary>
    public void Confirm(DateTimeOffset now)
    {
        if (Status != EntitlementStatus.Proposed)
        {
            throw new BusinessException(TalentReformErrorCodes.EntitlementNotProposed, NameZh, LocalizedEnum.Of(Status));
        }

        ConfirmedAt = now;
        UpdatedAt = now;
        if (Amount == 0)
        {
            // A service (子女入学, 医疗绿色通道): nothing to pay, granted as confirmed.
            Status = EntitlementStatus.Completed;
            return;
        }

        Status = EntitlementStatus.Confirmed;
        AddInstallments();
    }

    public Installment GetInstallment(Guid installmentId) =>
        _installments.FirstOrDefault(i => i.Id == installmentId) ?? throw new EntityNotFoundException("Entity:Installment", installmentId);

    /// <summary>Records a payment (after its re-check passed) with the treasury voucher number.</summary>
    public void MarkPaid(Guid installmentId, string voucherNo, DateOnly paidOn, DateTimeOffset now)
    {
        GetInstallment(installmentId).MarkPaid(voucherNo, paidOn);
        Status = _installments.All(i => i.Status is InstallmentStatus.Paid or InstallmentStatus.Cancelled) ? EntitlementStatus.Completed : EntitlementStatus.Paying;
        UpdatedAt = now;
    }

    public void Suspend(Guid installmentId, string reason, DateTimeOffset now)
    {
        GetInstallment(installmentId).Suspend(reason);
        UpdatedAt = now;
    }

    public void Resume(Guid installmentId, DateTimeOffset now)
    {
        GetInstallment(installmentId).Resume();
        UpdatedAt = now;
    }

    /// <summary>
    /// The talent left on <paramref name="leftOn"/> within the 服务期 after payments began: what was paid is
    /// recovered in proportion to the unserved part of the commitment (whole months, rounded to the yuan) and
    /// what is still to come is cancelled. Refused when no payment was made, there is no commitment, or the
    /// commitment was already served.
    /// </summary>
    public decimal ClawBack(DateOnly leftOn, string reason, DateTimeOffset now)
    {
        // A benefit without a 服务期 has its own message: the general one names the commitment's years.
        if (CommitmentYears is not { } years)
        {
            throw new BusinessException(TalentReformErrorCodes.ClawbackWithoutCommitment, NameZh);
        }

        var start = _installments.Count > 0 ? _installments.Min(i => i.DueOn) : (DateOnly?)null;
        var paid = PaidAmount;
        if (Status is not (EntitlementStatus.Paying or EntitlementStatus.Completed) || start is null || paid == 0
            || leftOn >= start.Value.AddYears(years) || leftOn < start.Value)
        {
            throw new BusinessException(TalentReformErrorCodes.ClawbackNotApplicable, NameZh, years);
        }

        var amount = ClawbackArithmetic.Amount(paid, start.Value, years, leftOn);
        foreach (var installment in _installments)
        {
            installment.Cancel();
        }

        Status = EntitlementStatus.ClawedBack;
        LeftOn = leftOn;
        ClawbackAmount = amount;
        ClawbackReason = Check.NotNullOrWhiteSpace(reason, nameof(reason)).Trim();
        UpdatedAt = now;
        return amount;
    }

    private void Decide(TalentPolicy policy, BenefitVerdict decision, TalentFacts facts, DateOnly on)
    {
        PolicyId = policy.Id;
        PolicyVersion = policy.Version;
        NameZh = decision.Rule.NameZh;
        NameEn = decision.Rule.NameEn;
        CommitmentYears = decision.Rule.CommitmentYears;
        Amount = decision.Amount ?? 0;
        PaymentsJson = JsonSerializer.Serialize(decision.Payments);
        FactsJson = JsonSerializer.Serialize(facts, Json);
        DecidedOn = on;
    }

    private void AddInstallments()
    {
        foreach (var payment in Payments)
        {
            _installments.Add(new Installment(Guid.NewGuid(), Id, payment.Number, payment.DueOn, payment.Amount));
        }
    }
}
