using System.ComponentModel.DataAnnotations;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A campaign's examiner: 身份证号 (the examiner's and the relatives') masked without the ViewIdNumber permission.</summary>
public record CampaignExaminerDto(
    Guid Id, Guid CampaignId, string Code, string Name, string IdNumber, string? Organization, IReadOnlyList<ExaminerRelativeDto> Relatives,
    DateTimeOffset CreationTime);

public record ExaminerRelativeDto(KinshipRelation Relation, string Name, string IdNumber);

public class ExaminerRelativeInput
{
    [Required]
    public KinshipRelation? Relation { get; set; }

    [Required]
    [StringLength(ApplicationConsts.MaxRelativeNameLength, MinimumLength = 1)]
    public string Name { get; set; } = null!;

    /// <summary>The relative's 身份证号: a candidate with this number may not be scored by the examiner.</summary>
    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberPattern)]
    public string IdNumber { get; set; } = null!;
}

/// <summary>Registers an examiner on the campaign's panel with the relations they declare.</summary>
public class AddCampaignExaminerDto
{
    /// <summary>考官编号, unique in the campaign (the score sheet names examiners by it).</summary>
    [Required]
    [StringLength(ExaminerConsts.MaxCodeLength, MinimumLength = 1)]
    [RegularExpression(ExaminerConsts.CodePattern)]
    public string Code { get; set; } = null!;

    [Required]
    [StringLength(ExaminerConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = null!;

    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberPattern)]
    public string IdNumber { get; set; } = null!;

    [StringLength(ExaminerConsts.MaxOrganizationLength)]
    public string? Organization { get; set; }

    [MaxLength(ExaminerConsts.MaxRelatives)]
    public List<ExaminerRelativeInput> Relatives { get; set; } = [];
}
