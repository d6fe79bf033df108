using TalentReform.Localization;

namespace TalentReform.Recruitment;

/// <summary>
/// A campaign recruits only what its plan approved (rule 3): the plan went through the approval engine (approved, or
/// filed after it), every position stands on a line of that plan — same unit, staffing type and, where the line names
/// one, the same post — and the places of a line, summed over every campaign not cancelled, stay within the line's places.
/// </summary>
public static class CampaignPlanCheck
{
    /// <param name="placesElsewhere">Per plan line, the places positions of other campaigns (not cancelled) hold.</param>
    public static void Ensure(RecruitmentPlan plan, RecruitmentCampaign campaign, IReadOnlyDictionary<Guid, int> placesElsewhere)
    {
        if (plan.Id != campaign.RecruitmentPlanId)
        {
            throw new ArgumentException("The plan is not the campaign's.", nameof(plan));
        }

        if (plan.Status is not (RecruitmentPlanStatus.Approved or RecruitmentPlanStatus.Filed))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPlanNotApproved, plan.Number, LocalizedEnum.Of(plan.Status));
        }

        foreach (var position in campaign.Positions.Where(p => !p.IsCancelled))
        {
            var line = plan.Lines.FirstOrDefault(l => l.Id == position.PlanLineId)
                ?? throw new BusinessException(TalentReformErrorCodes.CampaignPlanLineNotInPlan, position.Code, plan.Number);
            if (line.OrgUnitId != position.OrgUnitId || line.StaffingType != position.StaffingType || (line.PostId is { } postId && postId != position.PostId))
            {
                throw new BusinessException(
                    TalentReformErrorCodes.CampaignPositionPlanLineMismatch, position.Code, line.UnitName, LocalizedEnum.Of(line.StaffingType),
                    line.PostTitle is null ? "" : " · " + line.PostTitle);
            }

            var elsewhere = placesElsewhere.GetValueOrDefault(line.Id);
            if (elsewhere + position.Places > line.Places)
            {
                throw new BusinessException(
                    TalentReformErrorCodes.CampaignPlanLinePlacesExceeded, position.Code, position.Places, line.UnitName, line.Places, elsewhere);
            }
        }
    }
}
