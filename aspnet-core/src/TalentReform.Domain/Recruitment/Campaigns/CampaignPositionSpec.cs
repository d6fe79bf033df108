using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A position as HR drafts it from an approved plan line (the plan line's approval is checked by the caller).</summary>
public sealed record CampaignPositionSpec(
    Guid PlanLineId,
    Guid OrgUnitId,
    Guid PostId,
    StaffingType StaffingType,
    string Code,
    string Name,
    int Places,
    PositionRequirements Requirements,
    PositionScoring Scoring);
