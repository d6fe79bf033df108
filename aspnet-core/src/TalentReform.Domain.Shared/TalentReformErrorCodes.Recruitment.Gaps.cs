namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 08250–08299: campaigns held to their approved plan, examiner recusal, stored 回避 flags
    public const string CampaignPlanNotApproved = Prefix + "08250";
    public const string CampaignPlanLineNotInPlan = Prefix + "08251";
    public const string CampaignPositionPlanLineMismatch = Prefix + "08252";
    public const string CampaignPlanLinePlacesExceeded = Prefix + "08253";
    public const string ExaminerCodeDuplicate = Prefix + "08254";
    public const string ExaminerNotRegistered = Prefix + "08255";
    public const string ExaminersRequired = Prefix + "08256";
    public const string ExaminerHasScored = Prefix + "08257";
    public const string ApplicationNoAvoidanceFlag = Prefix + "08258";
    public const string ApplicationAvoidanceAlreadyReviewed = Prefix + "08259";
}
