using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Validation;

namespace TalentReform.Talents;

/// <param name="Payments">The schedule as proposed; once confirmed, <paramref name="Installments"/> are the payments.</param>
/// <param name="Explanation">Why the talent qualifies: the rule's conditions on the facts they were decided on (<paramref name="DecidedOn"/>).</param>
public record EntitlementDto(
    Guid Id, Guid ProfileId, string ProfileName, string PolicyCode, int PolicyVersion, string PolicyTitle, string PolicyDocument, string? Article,
    string RuleCode, string Name, decimal Amount, IReadOnlyList<PaymentDto> Payments, IReadOnlyList<InstallmentDto> Installments, decimal PaidAmount,
    EntitlementStatus Status, DateTimeOffset GrantedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ConfirmedAt, string? RevokeReason, DateOnly DecidedOn,
    IReadOnlyList<ConditionResultDto> Explanation, int? CommitmentYears, DateOnly? LeftOn, decimal? ClawbackAmount, string? ClawbackReason,
    string ConcurrencyStamp);

public record InstallmentDto(
    Guid Id, Guid EntitlementId, int Number, DateOnly DueOn, decimal Amount, InstallmentStatus Status, DateOnly? PaidOn, string? VoucherNo,
    string? SuspendReason);

/// <param name="Processed">Profiles evaluated so far, of <paramref name="Total"/>.</param>
public record MatchingRunDto(
    Guid Id, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, bool IsRunning, int Total, int Processed, int Created, int Changed, int Revoked,
    string? StartedByName, string? Failure);

public class GetEntitlementsInput : PagedAndSortedRequestDto
{
    public Guid? ProfileId { get; set; }

    public EntitlementStatus? Status { get; set; }

    [StringLength(TalentPolicyConsts.MaxCodeLength)]
    public string? PolicyCode { get; set; }

    [StringLength(TalentPolicyConsts.MaxCodeLength)]
    public string? RuleCode { get; set; }
}

public class ClawBackEntitlementDto
{
    /// <summary>The day the talent left the zone (or the employer).</summary>
    [Required]
    [BusinessDate]
    public DateOnly LeftOn { get; set; }

    [Required]
    [StringLength(InstallmentConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = "";

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public interface IEntitlementAppService
{
    Task<PagedResultDto<EntitlementDto>> GetListAsync(GetEntitlementsInput input, CancellationToken cancellationToken = default);

    Task<EntitlementDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The signed-in talent's own entitlements, with explanations and schedules.</summary>
    Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken = default);

    /// <summary>Confirms a proposal: its schedule becomes installments (a service is complete at once).</summary>
    Task<EntitlementDto> ConfirmAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default);

    /// <summary>The talent left within the 服务期: recovers the unserved share of what was paid, cancels the rest.</summary>
    Task<EntitlementDto> ClawBackAsync(Guid id, ClawBackEntitlementDto input, CancellationToken cancellationToken = default);
}

public interface IMatchingRunAppService
{
    /// <summary>Starts 免申即享 matching over the caller's zone in the background (409 while one is running); poll it with <see cref="GetAsync"/>.</summary>
    Task<MatchingRunDto> StartAsync(CancellationToken cancellationToken = default);

    Task<MatchingRunDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MatchingRunDto>> GetListAsync(CancellationToken cancellationToken = default);
}
