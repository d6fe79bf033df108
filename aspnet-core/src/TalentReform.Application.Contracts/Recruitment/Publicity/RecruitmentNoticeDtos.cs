using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Recruitment;

/// <summary>A 公示 of proposed hires with its stored period (China dates, both inclusive) and its objections.</summary>
public record RecruitmentNoticeDto(
    Guid Id, Guid CampaignId, string Title, RecruitmentPublicityStatus Status, int WorkingDays, DateOnly? PublishedOn, DateOnly? StartsOn,
    DateOnly? EndsOn, bool HasEnded, DateTimeOffset? PublishedAt, IReadOnlyList<RecruitmentNoticeEntryDto> Entries,
    IReadOnlyList<RecruitmentNoticeObjectionDto> Objections, DateTimeOffset CreationTime, string ConcurrencyStamp);

public record RecruitmentNoticeEntryDto(Guid ApplicationId, Guid PositionId, string CandidateName);

public record RecruitmentNoticeObjectionDto(
    Guid Id, Guid ApplicationId, string RaisedBy, string Content, DateTimeOffset ReceivedAt, ObjectionResolution Resolution, string? ResolutionNote,
    DateTimeOffset? ResolvedAt);

public class GetRecruitmentNoticesInput
{
    public Guid? CampaignId { get; set; }
}

/// <summary>A draft 公示 of the given proposed hires (applications that passed 体检 and 考察).</summary>
public class CreateRecruitmentNoticeDto
{
    [Required]
    public Guid CampaignId { get; set; }

    [Required]
    [StringLength(RecruitmentPublicityConsts.MaxTitleLength, MinimumLength = 1)]
    public string Title { get; set; } = "";

    /// <summary>The period's length in working days (default 7).</summary>
    [Range(1, 30)]
    public int WorkingDays { get; set; } = RecruitmentDefaults.PublicityWorkingDays;

    [Required]
    [MinLength(1)]
    [MaxLength(RecruitmentPublicityConsts.MaxEntries)]
    public List<Guid> ApplicationIds { get; set; } = [];
}

public class PublishRecruitmentNoticeDto
{
    /// <summary>The day the 公示 goes public (China date); the period starts on the next working day.</summary>
    [Required]
    [BusinessDate]
    public DateOnly PublishedOn { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public class AddRecruitmentObjectionDto
{
    [Required]
    public Guid ApplicationId { get; set; }

    [Required]
    [StringLength(RecruitmentPublicityConsts.MaxRaisedByLength, MinimumLength = 1)]
    public string RaisedBy { get; set; } = "";

    [Required]
    [StringLength(RecruitmentPublicityConsts.MaxContentLength, MinimumLength = 1)]
    public string Content { get; set; } = "";

    /// <summary>When the objection was received (letter, phone or visit); must fall inside the period.</summary>
    [Required]
    [PastDate]
    public DateTimeOffset ReceivedAt { get; set; }
}

public class ResolveRecruitmentObjectionDto
{
    /// <summary>Upheld (the candidate fails at 公示, 递补 follows through the applications) or dismissed.</summary>
    [Required]
    public ObjectionResolution Resolution { get; set; }

    [Required]
    [StringLength(RecruitmentPublicityConsts.MaxNoteLength, MinimumLength = 1)]
    public string Note { get; set; } = "";
}

public interface IRecruitmentNoticeAppService
{
    Task<IReadOnlyList<RecruitmentNoticeDto>> GetListAsync(GetRecruitmentNoticesInput input, CancellationToken cancellationToken = default);

    Task<RecruitmentNoticeDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<RecruitmentNoticeDto> CreateAsync(CreateRecruitmentNoticeDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentNoticeDto> PublishAsync(Guid id, PublishRecruitmentNoticeDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentNoticeDto> AddObjectionAsync(Guid id, AddRecruitmentObjectionDto input, CancellationToken cancellationToken = default);

    Task<RecruitmentNoticeDto> ResolveObjectionAsync(Guid id, Guid objectionId, ResolveRecruitmentObjectionDto input, CancellationToken cancellationToken = default);
}
