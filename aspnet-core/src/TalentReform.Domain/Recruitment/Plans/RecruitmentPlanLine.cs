using TalentReform.Entities;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>What a plan line asks for: places of one staffing type in one unit, on a post or under a post title (template).</summary>
/// <param name="UnitName">The unit's name when the line was written, so the plan reads as submitted whatever the unit is called later.</param>
public sealed record RecruitmentPlanLineSpec(Guid OrgUnitId, string UnitName, Guid? PostId, string? PostTitle, StaffingType StaffingType, int Places, string? Note);

/// <summary>One line of a <see cref="RecruitmentPlan"/>: places of one staffing type in one unit.</summary>
public class RecruitmentPlanLine : Entity
{
    public Guid PlanId { get; private set; }
    public int Sequence { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string UnitName { get; private set; } = null!;

    /// <summary>The existing post the places are for; null when the line names a post title (a post to be set up from a template).</summary>
    public Guid? PostId { get; private set; }

    public string? PostTitle { get; private set; }
    public StaffingType StaffingType { get; private set; }
    public int Places { get; private set; }
    public string Note { get; private set; } = "";

    public RecruitmentPlanLineSpec Spec => new(OrgUnitId, UnitName, PostId, PostTitle, StaffingType, Places, Note);

    protected RecruitmentPlanLine()
    {
    }

    internal RecruitmentPlanLine(Guid id, Guid planId, int sequence, RecruitmentPlanLineSpec spec)
        : base(id)
    {
        PlanId = planId;
        Sequence = sequence;
        Replace(spec);
    }

    internal void Replace(RecruitmentPlanLineSpec spec)
    {
        if (spec.Places is < 1 or > RecruitmentPlanConsts.MaxPlacesPerLine)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanPlacesInvalid, spec.Places, RecruitmentPlanConsts.MaxPlacesPerLine);
        }

        if (spec.PostId is null && string.IsNullOrWhiteSpace(spec.PostTitle))
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanLineNeedsPost);
        }

        OrgUnitId = spec.OrgUnitId;
        UnitName = Check.NotNullOrWhiteSpace(spec.UnitName, nameof(spec.UnitName)).Trim();
        PostId = spec.PostId;
        PostTitle = string.IsNullOrWhiteSpace(spec.PostTitle) ? null : spec.PostTitle.Trim();
        StaffingType = spec.StaffingType;
        Places = spec.Places;
        Note = spec.Note?.Trim() ?? "";
    }

    internal void MoveTo(int sequence) => Sequence = sequence;
}
