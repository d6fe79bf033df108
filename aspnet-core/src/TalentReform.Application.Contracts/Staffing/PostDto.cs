using TalentReform.Organization;

namespace TalentReform.Staffing;

public record PostDto(
    Guid Id,
    Guid OrgUnitId,
    string Code,
    string TitleZh,
    string TitleEn,
    PostCategory Category,
    int? Level,
    StaffingType StaffingType,
    LeadershipRole LeadershipRole,
    decimal Fte,
    PostStatus Status,
    IReadOnlyList<Guid> DutyClauseIds,
    string ConcurrencyStamp);
