using TalentReform.Localization;
using TalentReform.Entities;

namespace TalentReform.Talents;

/// <summary>One payment of a confirmed entitlement.</summary>
public class Installment : Entity
{
    public Guid EntitlementId { get; private set; }
    public int Number { get; private set; }
    public DateOnly DueOn { get; private set; }
    public decimal Amount { get; private set; }
    public InstallmentStatus Status { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? VoucherNo { get; private set; }
    public string? SuspendReason { get; private set; }

    protected Installment()
    {
    }

    internal Installment(Guid id, Guid entitlementId, int number, DateOnly dueOn, decimal amount)
        : base(id)
    {
        EntitlementId = entitlementId;
        Number = number;
        DueOn = dueOn;
        Amount = amount;
        Status = InstallmentStatus.Scheduled;
    }

    internal void MarkPaid(string voucherNo, DateOnly paidOn)
    {
        EnsureStatus(InstallmentStatus.Scheduled, TalentReformErrorCodes.InstallmentNotScheduled);
        VoucherNo = Check.NotNullOrWhiteSpace(voucherNo, nameof(voucherNo)).Trim();
        PaidOn = paidOn;
        Status = InstallmentStatus.Paid;
    }

    internal void Suspend(string reason)
    {
        EnsureStatus(InstallmentStatus.Scheduled, TalentReformErrorCodes.InstallmentNotScheduled);
        SuspendReason = Check.NotNullOrWhiteSpace(reason, nameof(reason)).Trim();
        Status = InstallmentStatus.Suspended;
    }

    internal void Resume()
    {
        EnsureStatus(InstallmentStatus.Suspended, TalentReformErrorCodes.InstallmentNotSuspended);
        SuspendReason = null;
        Status = InstallmentStatus.Scheduled;
    }

    internal void Cancel()
    {
        if (Status is InstallmentStatus.Scheduled or InstallmentStatus.Suspended)
        {
            Status = InstallmentStatus.Cancelled;
        }
    }

    private void EnsureStatus(InstallmentStatus expected, string code)
    {
        if (Status != expected)
        {
            throw new BusinessException(code, Number, LocalizedEnum.Of(Status));
        }
    }
}
