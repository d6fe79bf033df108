using TalentReform.Localization;

namespace TalentReform.Talents;

/// <summary>
/// The payment rules of the installment ledger: only a scheduled, due installment is paid, and only after
/// <see cref="EntitlementRecheck">发放前复核</see> — a failed re-check suspends it with its reason instead; a
/// suspended one is resumed only when the re-check passes again; a payment batch re-checks every line it holds.
/// </summary>
public class InstallmentManager(EntitlementRecheck recheck, TimeProvider clock)
{
    /// <summary>Pays the installment with the treasury voucher, or suspends it when the re-check fails.</summary>
    public async Task PayAsync(Entitlement entitlement, Guid installmentId, string voucherNo, DateOnly? paidOn, CancellationToken cancellationToken = default)
    {
        var installment = entitlement.GetInstallment(installmentId);
        var today = clock.ChinaToday();
        if (installment.Status != InstallmentStatus.Scheduled)
        {
            throw new BusinessException(TalentReformErrorCodes.InstallmentNotScheduled, installment.Number, LocalizedEnum.Of(installment.Status));
        }

        if (installment.DueOn > today)
        {
            throw new BusinessException(TalentReformErrorCodes.InstallmentNotDue, installment.Number, installment.DueOn);
        }

        if (await recheck.FindFailureAsync(entitlement, today, cancellationToken) is { } failure)
        {
            entitlement.Suspend(installmentId, failure, clock.GetUtcNow());
            return;
        }

        entitlement.MarkPaid(installmentId, voucherNo, paidOn ?? today, clock.GetUtcNow());
    }

    /// <summary>Resumes a suspended installment; refused while the re-check still fails.</summary>
    public async Task ResumeAsync(Entitlement entitlement, Guid installmentId, CancellationToken cancellationToken = default)
    {
        if (await recheck.FindFailureAsync(entitlement, clock.ChinaToday(), cancellationToken) is { } failure)
        {
            throw new BusinessException(TalentReformErrorCodes.InstallmentRecheckFailed, failure);
        }

        entitlement.Resume(installmentId, clock.GetUtcNow());
    }

    /// <summary>
    /// Re-checks a payment batch on entitlements, talents and policy versions the caller loaded at once (a batch
    /// holds hundreds of lines): the lines of a failing entitlement are suspended, the others pass.
    /// </summary>
    public BatchRecheck RecheckBatch(
        IEnumerable<(Guid InstallmentId, Guid EntitlementId)> lines,
        IReadOnlyDictionary<Guid, Entitlement> entitlements,
        IReadOnlyDictionary<Guid, TalentProfile> profiles,
        IReadOnlyDictionary<Guid, TalentPolicy> policyVersions)
    {
        var today = clock.ChinaToday();
        var suspended = new List<Guid>();
        var passedAmount = 0m;
        foreach (var group in lines.GroupBy(l => l.EntitlementId))
        {
            var entitlement = entitlements[group.Key];
            var failure = EntitlementRecheck.FindFailure(entitlement, profiles.GetValueOrDefault(entitlement.ProfileId), policyVersions[entitlement.PolicyId], today);
            foreach (var line in group)
            {
                if (failure is null)
                {
                    passedAmount += entitlement.GetInstallment(line.InstallmentId).Amount;
                    continue;
                }

                entitlement.Suspend(line.InstallmentId, failure, clock.GetUtcNow());
                suspended.Add(line.InstallmentId);
            }
        }

        return new BatchRecheck(suspended, passedAmount);
    }
}

/// <summary>A payment batch after its re-check: the suspended lines and the amount of those that passed.</summary>
public sealed record BatchRecheck(IReadOnlyList<Guid> Suspended, decimal PassedAmount);
