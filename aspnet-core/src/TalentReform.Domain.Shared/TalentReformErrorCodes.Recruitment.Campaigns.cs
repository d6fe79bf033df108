namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 08001–08049: recruitment campaigns (招聘公告, positions, 变更公告) and applications (报名 → 聘用)
    public const string CampaignNotDraft = Prefix + "08001";
    public const string CampaignNotPublished = Prefix + "08002";
    public const string CampaignRegistrationPeriodInvalid = Prefix + "08003";
    public const string CampaignWithoutPositions = Prefix + "08005";
    public const string CampaignPlacesInvalid = Prefix + "08006";
    public const string CampaignWeightInvalid = Prefix + "08007";
    public const string CampaignRatioInvalid = Prefix + "08008";
    public const string CampaignDirectAssessmentHasWrittenExam = Prefix + "08009";
    public const string CampaignExaminationSettingsMissing = Prefix + "08010";
    public const string CampaignPassLineInvalid = Prefix + "08011";
    public const string CampaignScoreDecimalsInvalid = Prefix + "08012";
    public const string CampaignProbationMonthsInvalid = Prefix + "08013";
    public const string CampaignMinimumServiceYearsInvalid = Prefix + "08014";
    public const string CampaignPlanLineDuplicate = Prefix + "08015";
    public const string CampaignPositionCodeDuplicate = Prefix + "08016";
    public const string CampaignPositionNotFound = Prefix + "08017";
    public const string CampaignPositionCancelled = Prefix + "08018";
    public const string CampaignAmendmentEmpty = Prefix + "08019";
    public const string CampaignReasonRequired = Prefix + "08020";
    public const string CampaignOpeningRatioDecisionInvalid = Prefix + "08021";
    public const string CampaignOpeningRatioNotApplicable = Prefix + "08022";
    public const string CampaignOpeningRatioAlreadyDecided = Prefix + "08023";
    public const string CampaignStageDatesInvalid = Prefix + "08024";
    public const string CampaignRequirementInvalid = Prefix + "08025";
    public const string CampaignMinimumPeriodInvalid = Prefix + "08026";
    public const string CampaignTooManyPositions = Prefix + "08027";
    public const string CampaignAmendmentNotAllowed = Prefix + "08028";

    public const string ApplicationPledgeRequired = Prefix + "08030";
    public const string ApplicationStageOutOfOrder = Prefix + "08031";
    public const string ApplicationNotActive = Prefix + "08032";
    public const string ApplicationReasonRequired = Prefix + "08033";
    public const string ApplicationNotEligible = Prefix + "08034";
    public const string ApplicationScoreOutOfRange = Prefix + "08035";
    public const string ApplicationScoreNotAtStage = Prefix + "08036";
    public const string ApplicationScoreMissing = Prefix + "08037";
    public const string ApplicationDuplicate = Prefix + "08038";
    public const string ApplicationRegistrationClosed = Prefix + "08039";
    public const string ApplicationReplacementNotAllowed = Prefix + "08040";
    public const string ApplicationRankInvalid = Prefix + "08041";
    public const string ApplicationTooManyRelatives = Prefix + "08042";
    public const string ApplicationRelativesLocked = Prefix + "08043";
    public const string ApplicationCandidateInvalid = Prefix + "08044";
    public const string ApplicationOpeningRatioNotChecked = Prefix + "08045";
    public const string ApplicationBelowPassLine = Prefix + "08046";
}
