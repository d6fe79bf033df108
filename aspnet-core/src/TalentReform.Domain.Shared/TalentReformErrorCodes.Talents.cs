namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 07xxx: talents (tiers, profiles, policies, benefit rules, matching, entitlements)
    public const string RuleGroupEmpty = Prefix + "07001";
    public const string RuleNotNeedsOneCondition = Prefix + "07002";
    public const string RuleFieldMissing = Prefix + "07003";
    public const string RuleValueWrongType = Prefix + "07004";
    public const string RuleValueCount = Prefix + "07005";
    public const string RuleTooDeep = Prefix + "07006";
    public const string RuleAmountTableMissing = Prefix + "07007";
    public const string RuleScheduleSharesInvalid = Prefix + "07008";
    public const string RuleOperatorNotForType = Prefix + "07009";
    public const string RuleTooManyConditions = Prefix + "07010";
    public const string RuleCodeDuplicate = Prefix + "07011";
    public const string RuleCommitmentInvalid = Prefix + "07012";
    public const string PolicyNotDraft = Prefix + "07013";
    public const string PolicyNotPublished = Prefix + "07014";
    public const string PolicyDraftExists = Prefix + "07015";
    public const string PolicyPeriodInvalid = Prefix + "07016";
    public const string PolicyCodeExists = Prefix + "07017";
    public const string CertificationNotPending = Prefix + "07018";
    public const string CertificationValidityInvalid = Prefix + "07019";
    public const string EntitlementNotProposed = Prefix + "07020";
    public const string InstallmentNotScheduled = Prefix + "07021";
    public const string InstallmentNotSuspended = Prefix + "07022";
    public const string InstallmentNotDue = Prefix + "07023";
    public const string ClawbackNotApplicable = Prefix + "07024";
    public const string MatchingRunInProgress = Prefix + "07025";
    public const string InstallmentRecheckFailed = Prefix + "07026";
    public const string CertificationProfileMissing = Prefix + "07027";
    public const string CertificateNoExists = Prefix + "07028";
    public const string CertificationCommentRequired = Prefix + "07029";
    public const string ClawbackWithoutCommitment = Prefix + "07030";
}
