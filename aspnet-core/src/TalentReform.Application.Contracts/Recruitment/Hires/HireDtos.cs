using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Recruitment;

/// <summary>The seat a hire will occupy: the position's post, regular (the unit's 空编 shown) or the 周转池 slot lent for it.</summary>
public record HireSeatPreviewDto(
    Guid ApplicationId, string CandidateName, HireSeatKind SeatKind, Guid PostId, string PostCode, Guid OrgUnitId, bool PostVacant, int RegularVacant,
    Guid? PoolLoanId, string? PoolSlotCode, int? MinimumServiceYears, int CampaignProbationMonths);

public record HireDto(
    Guid Id, Guid CampaignId, Guid PositionId, Guid ApplicationId, string CandidateName, Guid PersonId, Guid PostId, Guid OrgUnitId, Guid AppointmentId,
    HireSeatKind SeatKind, Guid? PoolLoanId, DateOnly StartsOn, int ContractMonths, bool FirstEmployment, int ProbationMonths,
    ProbationBasis ProbationBasis, DateOnly? ProbationEndsOn, int? MinimumServiceYears, DateOnly? MinimumServiceEndsOn, Guid TalentProfileId,
    Guid? UserId, DateTimeOffset CreationTime);

/// <summary>
/// The hire and the new talent's sign-in: the initial password is shown this once and stored only hashed (null when the
/// person already had an account). <paramref name="MatchingRunId"/>: the 免申即享 run started for the new talent (null when
/// one was already running for the zone; the nightly run then shows the benefits).
/// </summary>
public record HireResultDto(HireDto Hire, string UserName, string? InitialPassword, Guid? MatchingRunId);

public class GetHiresInput
{
    public Guid? CampaignId { get; set; }
}

public class GetHirePreviewInput
{
    [Required]
    public Guid ApplicationId { get; set; }
}

public class CreateHireDto
{
    [Required]
    public Guid ApplicationId { get; set; }

    /// <summary>The first day on the post (China date).</summary>
    [Required]
    [BusinessDate]
    public DateOnly StartsOn { get; set; }

    /// <summary>聘用合同 term in months.</summary>
    [Range(1, HireConsts.MaxContractMonths)]
    public int ContractMonths { get; set; }

    /// <summary>初次就业 (with a contract of 36 months or more: a 12-month 试用期).</summary>
    public bool FirstEmployment { get; set; }
}

public interface IHireAppService
{
    Task<IReadOnlyList<HireDto>> GetListAsync(GetHiresInput input, CancellationToken cancellationToken = default);

    Task<HireSeatPreviewDto> GetPreviewAsync(GetHirePreviewInput input, CancellationToken cancellationToken = default);

    Task<HireResultDto> CreateAsync(CreateHireDto input, CancellationToken cancellationToken = default);
}
