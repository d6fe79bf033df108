using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Validation;

namespace TalentReform.Talents;

/// <summary>An installment with what the due list and the ledger show beside it.</summary>
public record InstallmentLineDto(
    Guid Id, Guid EntitlementId, Guid ProfileId, string ProfileName, string PolicyCode, int PolicyVersion, string RuleCode, string BenefitName,
    int Number, int Count, DateOnly DueOn, decimal Amount, InstallmentStatus Status, DateOnly? PaidOn, string? VoucherNo, string? SuspendReason,
    string ConcurrencyStamp);

public class GetInstallmentsInput : PagedAndSortedRequestDto
{
    public InstallmentStatus? Status { get; set; }

    /// <summary>Due on or before this day (the due list: scheduled and due by then).</summary>
    [BusinessDate]
    public DateOnly? DueBy { get; set; }

    public Guid? ProfileId { get; set; }
}

public class PayInstallmentDto
{
    /// <summary>The treasury payment voucher (付款凭证) number.</summary>
    [Required]
    [StringLength(InstallmentConsts.MaxVoucherNoLength, MinimumLength = 1)]
    public string VoucherNo { get; set; } = "";

    [BusinessDate]
    public DateOnly? PaidOn { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public class SuspendInstallmentDto
{
    [Required]
    [StringLength(InstallmentConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = "";

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public class PaymentBatchInput
{
    /// <summary>Scheduled installments due on or before this day go into the batch (default: today).</summary>
    [BusinessDate]
    public DateOnly? DueBy { get; set; }
}

/// <summary>The outcome of re-checking the due installments before a batch: how many passed, and the ones suspended with why.</summary>
public record PaymentBatchCheckDto(DateOnly DueBy, int Checked, int Passed, decimal PassedAmount, IReadOnlyList<InstallmentLineDto> Suspended);

/// <summary>A 资金公示 line: the name masked (张*明), tier, policy, benefit, amount paid in the period.</summary>
public record DisclosureLineDto(string MaskedName, TalentTierLevel? Tier, string PolicyTitle, string BenefitName, decimal Amount);

public class GetDisclosureInput
{
    [Required]
    [BusinessDate]
    public DateOnly From { get; set; }

    [Required]
    [BusinessDate]
    public DateOnly To { get; set; }
}

public interface IInstallmentAppService
{
    Task<PagedResultDto<InstallmentLineDto>> GetListAsync(GetInstallmentsInput input, CancellationToken cancellationToken = default);

    /// <summary>发放前复核 of one installment, then records it paid with the voucher; a failed re-check suspends it instead (the answer says so).</summary>
    Task<InstallmentLineDto> PayAsync(Guid id, PayInstallmentDto input, CancellationToken cancellationToken = default);

    Task<InstallmentLineDto> SuspendAsync(Guid id, SuspendInstallmentDto input, CancellationToken cancellationToken = default);

    /// <summary>Back to scheduled once the re-check passes again (409 with the reason otherwise).</summary>
    Task<InstallmentLineDto> ResumeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);

    /// <summary>Re-checks every scheduled installment due by the day; failures are suspended with their reason.</summary>
    Task<PaymentBatchCheckDto> CheckBatchAsync(PaymentBatchInput input, CancellationToken cancellationToken = default);

    /// <summary>The payment batch as .xlsx: the scheduled installments due by the day (re-check first with <see cref="CheckBatchAsync"/>).</summary>
    Task<ExcelFileDto> ExportBatchAsync(PaymentBatchInput input, CancellationToken cancellationToken = default);

    /// <summary>资金公示: the payments made in the period, names masked.</summary>
    Task<IReadOnlyList<DisclosureLineDto>> GetDisclosureAsync(GetDisclosureInput input, CancellationToken cancellationToken = default);

    Task<ExcelFileDto> ExportDisclosureAsync(GetDisclosureInput input, CancellationToken cancellationToken = default);
}
