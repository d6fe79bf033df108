using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RecruitmentNoticeMapper
{
    /// <param name="hasEnded">The period is over on today's China date.</param>
    public static partial RecruitmentNoticeDto ToDto(this RecruitmentPublicity publicity, bool hasEnded);

    private static partial RecruitmentNoticeEntryDto ToDto(PublicityEntry entry);

    private static partial RecruitmentNoticeObjectionDto ToDto(PublicityObjection objection);
}
