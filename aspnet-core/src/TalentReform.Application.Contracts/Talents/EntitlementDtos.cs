using TalentReform.Dtos;

namespace TalentReform.Talents;

public record EntitlementDto(
    Guid Id, Guid ProfileId, string PolicyCode, int PolicyVersion, string RuleCode, string Name, decimal Amount, IReadOnlyList<PaymentDto> Payments,
    EntitlementStatus Status, DateTimeOffset GrantedAt, DateTimeOffset UpdatedAt, string? RevokeReason);

/// <param name="Processed">Profiles evaluated so far, of <paramref name="Total"/>.</param>
public record MatchingRunDto(
    Guid Id, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, int Total, int Processed, int Created, int Changed, int Revoked);

public class GetEntitlementsInput : PagedAndSortedRequestDto
{
    public Guid? ProfileId { get; set; }

    public EntitlementStatus? Status { get; set; }
}

public interface IEntitlementAppService
{
    Task<PagedResultDto<EntitlementDto>> GetListAsync(GetEntitlementsInput input, CancellationToken cancellationToken = default);

    /// <summary>The signed-in talent's own entitlements.</summary>
    Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs 免申即享 matching over the caller's zone now and returns its summary.</summary>
    Task<MatchingRunDto> RunMatchingAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MatchingRunDto>> GetMatchingRunsAsync(CancellationToken cancellationToken = default);
}
