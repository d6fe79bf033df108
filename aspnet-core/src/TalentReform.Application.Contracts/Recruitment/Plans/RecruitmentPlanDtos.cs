using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

public record RecruitmentPlanListItemDto(
    Guid Id, int Year, string Number, string Title, RecruitmentPlanStatus Status, int LineCount, int TotalPlaces, string CreatorName,
    DateTimeOffset CreationTime, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? FilingNumber, DateOnly? FiledOn);

/// <summary>
/// A plan line with the 空编 it meets now: free = quota − occupied − reserved by other open plans − pending hires − owed
/// to pool loans (never below 0); <see cref="AskedInPlan"/> sums the plan's lines of the same unit×type.
/// </summary>
public record RecruitmentPlanLineDto(
    Guid Id, int Sequence, Guid OrgUnitId, string UnitName, Guid? PostId, string? PostTitle, StaffingType StaffingType, int Places, string Note,
    int Quota, int Occupied, int ReservedByOtherPlans, int PendingHires, int OwedToPoolLoans, int Free, int AskedInPlan, bool Exceeds);

public record RecruitmentPlanDto(
    Guid Id, int Year, string Number, string Title, RecruitmentPlanStatus Status, bool IsEditable, int TotalPlaces, Guid CreatorId, string CreatorName,
    DateTimeOffset CreationTime, DateTimeOffset LastModificationTime, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? FilingNumber,
    DateOnly? FiledOn, DateTimeOffset? ClosedAt, Guid? ApprovalProcessId, IReadOnlyList<RecruitmentPlanLineDto> Lines, string ConcurrencyStamp);

public class GetRecruitmentPlansInput : PagedAndSortedRequestDto
{
    /// <summary>Matches the number or the title.</summary>
    [StringLength(RecruitmentPlanConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    [Range(2000, 2100)]
    public int? Year { get; set; }

    public RecruitmentPlanStatus? Status { get; set; }
}

/// <summary>A line as written in the editor: an existing post, or a post title for a post still to be set up.</summary>
public class RecruitmentPlanLineInput
{
    /// <summary>An existing line to keep (and change); null for a new one.</summary>
    public Guid? Id { get; set; }

    [Required]
    public Guid? OrgUnitId { get; set; }

    public Guid? PostId { get; set; }

    [StringLength(RecruitmentPlanConsts.MaxPostTitleLength)]
    public string? PostTitle { get; set; }

    [Required]
    public StaffingType? StaffingType { get; set; }

    [Range(1, RecruitmentPlanConsts.MaxPlacesPerLine)]
    public int Places { get; set; }

    [StringLength(RecruitmentPlanConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public class CreateRecruitmentPlanDto
{
    [Range(2000, 2100)]
    public int Year { get; set; }

    [Required]
    [StringLength(RecruitmentPlanConsts.MaxTitleLength, MinimumLength = 1)]
    public string Title { get; set; } = "";

    [MaxLength(RecruitmentPlanConsts.MaxLines)]
    public List<RecruitmentPlanLineInput> Lines { get; set; } = [];
}

/// <summary>The draft's title and its whole list of lines (lines left out are removed).</summary>
public class UpdateRecruitmentPlanDto : ConcurrencyStampDto
{
    [Required]
    [StringLength(RecruitmentPlanConsts.MaxTitleLength, MinimumLength = 1)]
    public string Title { get; set; } = "";

    [MaxLength(RecruitmentPlanConsts.MaxLines)]
    public List<RecruitmentPlanLineInput> Lines { get; set; } = [];
}

/// <summary>备案: the filing number the authority gave and the day it was filed.</summary>
public class RecordRecruitmentPlanFilingDto
{
    [Required]
    [StringLength(RecruitmentPlanConsts.MaxFilingNumberLength, MinimumLength = 1)]
    public string FilingNumber { get; set; } = "";

    [Required]
    public DateOnly? FiledOn { get; set; }
}
