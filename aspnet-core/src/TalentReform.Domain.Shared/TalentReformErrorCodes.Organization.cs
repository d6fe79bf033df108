namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 04xxx: organization (units, 三定 functions, 领导职数)
    public const string ZoneRequired = Prefix + "04001";
    public const string OrgUnitCannotMoveUnderItself = Prefix + "04002";
    public const string OrgUnitCannotMoveUnderDescendant = Prefix + "04003";
    public const string OrgUnitHasChildren = Prefix + "04004";
    public const string OrgUnitHasPosts = Prefix + "04005";
    public const string OrgUnitEffectiveDatesInvalid = Prefix + "04006";
    public const string OrgUnitTooDeep = Prefix + "04007";
    public const string OrgUnitAbolished = Prefix + "04008";
    public const string OrgUnitFunctionNotFound = Prefix + "04009";
    public const string OrgUnitCodeSpaceExhausted = Prefix + "04010";
    public const string LeadershipQuotaAlreadyExists = Prefix + "04011";
    public const string LeadershipQuotaBelowUsage = Prefix + "04012";
    public const string OrgUnitFunctionCitedByPost = Prefix + "04013";
}
