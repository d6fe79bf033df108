using System.Text.Json;
using TalentReform.Entities;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 免申即享: a benefit a matching run found a talent entitled to, without any application — the policy version and
/// rule it was granted under, the amount and its payment schedule. Amount changes and revocations follow later
/// runs only while nothing has been paid.
/// </summary>
public class Entitlement : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid ProfileId { get; private set; }
    public Guid PolicyId { get; private set; }
    public string PolicyCode { get; private set; } = null!;
    public int PolicyVersion { get; private set; }
    public string RuleCode { get; private set; } = null!;
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public decimal Amount { get; private set; }

    /// <summary>The scheduled payments (JSON: number, due date, amount).</summary>
    public string PaymentsJson { get; private set; } = "[]";

    public EntitlementStatus Status { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? RevokeReason { get; private set; }

    protected Entitlement()
    {
    }

    public Entitlement(Guid id, Guid zoneId, Guid profileId, TalentPolicy policy, BenefitDecision decision, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        ProfileId = profileId;
        PolicyId = policy.Id;
        PolicyCode = policy.Code;
        PolicyVersion = policy.Version;
        RuleCode = decision.Rule.Code;
        NameZh = decision.Rule.NameZh;
        NameEn = decision.Rule.NameEn;
        Status = EntitlementStatus.Proposed;
        GrantedAt = now;
        SetAmount(decision);
        UpdatedAt = now;
    }

    public bool IsOpen => Status is EntitlementStatus.Proposed or EntitlementStatus.Confirmed;

    public IReadOnlyList<ScheduledPayment> Payments => JsonSerializer.Deserialize<List<ScheduledPayment>>(PaymentsJson) ?? [];

    /// <summary>A later run found another amount (facts or tier changed); only before any payment.</summary>
    public bool Follow(BenefitDecision decision, DateTimeOffset now)
    {
        if (!IsOpen || decision.Amount == Amount)
        {
            return false;
        }

        SetAmount(decision);
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
        UpdatedAt = now;
        return true;
    }

    private void SetAmount(BenefitDecision decision)
    {
        Amount = decision.Amount ?? 0;
        PaymentsJson = JsonSerializer.Serialize(decision.Payments);
    }
}

/// <summary>One 免申即享 matching run over a zone: how far it got and what it changed.</summary>
public class MatchingRun : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public int Total { get; private set; }
    public int Processed { get; private set; }
    public int Created { get; private set; }
    public int Changed { get; private set; }
    public int Revoked { get; private set; }

    protected MatchingRun()
    {
    }

    public MatchingRun(Guid id, Guid zoneId, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        StartedAt = now;
    }

    public void Begin(int total) => Total = total;

    public void Advance(int processed, int created, int changed, int revoked)
    {
        Processed = processed;
        Created = created;
        Changed = changed;
        Revoked = revoked;
    }

    public void Complete(DateTimeOffset now) => CompletedAt = now;
}
