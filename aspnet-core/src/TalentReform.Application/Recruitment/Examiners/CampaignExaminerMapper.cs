using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

/// <summary>Examiner → DTO (the caller masks the 身份证号 of the examiner and the relatives).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CampaignExaminerMapper
{
    public static partial CampaignExaminerDto ToDto(this CampaignExaminer examiner);

    public static partial ExaminerRelativeDto ToDto(this ExaminerRelative relative);
}
