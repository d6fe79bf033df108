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
}
