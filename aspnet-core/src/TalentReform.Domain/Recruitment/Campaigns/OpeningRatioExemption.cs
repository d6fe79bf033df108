namespace TalentReform.Recruitment;

/// <summary>
/// 开考比例 exemption for a 紧缺/高层次 position, approved by the 事业单位人事综合管理部门: the position runs whatever
/// the number of qualified applicants. The approval is recorded (its reference and date), never assumed.
/// </summary>
public sealed record OpeningRatioExemption(string Reason, string ApprovalReference, DateOnly ApprovedOn)
{
    internal OpeningRatioExemption Validated()
    {
        if (string.IsNullOrWhiteSpace(Reason) || string.IsNullOrWhiteSpace(ApprovalReference)
            || Reason.Trim().Length > RecruitmentCampaignConsts.MaxReasonLength
            || ApprovalReference.Trim().Length > RecruitmentCampaignConsts.MaxApprovalReferenceLength)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignReasonRequired);
        }

        return new OpeningRatioExemption(Reason.Trim(), ApprovalReference.Trim(), ApprovedOn);
    }
}
