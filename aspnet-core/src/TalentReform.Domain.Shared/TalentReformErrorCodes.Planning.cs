namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 06xxx: planning (staffing plans, approval routes, working-day calendar)
    public const string WorkCalendarYearOutOfRange = Prefix + "06001";
    public const string WorkCalendarDuplicateDate = Prefix + "06002";
    public const string WorkCalendarDateOutsideYear = Prefix + "06003";
    public const string WorkCalendarMakeUpDayNotOnWeekend = Prefix + "06004";
    public const string PlanNotEditable = Prefix + "06005";
    public const string PlanStatusInvalid = Prefix + "06006";
    public const string PlanHasNoChanges = Prefix + "06007";
    public const string PlanBreaksHardRules = Prefix + "06008";
    public const string PlanChangeRefused = Prefix + "06009";
    public const string PlanChangeFieldRequired = Prefix + "06010";
    public const string PlanUnitNotFound = Prefix + "06011";
    public const string PlanPostNotFound = Prefix + "06012";
    public const string PlanPersonHasNoAppointment = Prefix + "06013";
    public const string PlanMergeSurvivorAmongSources = Prefix + "06014";
    public const string PlanMergeIntoDescendant = Prefix + "06015";
    public const string PlanPostCodeTaken = Prefix + "06016";
    public const string PlanPostNotVacant = Prefix + "06017";
    public const string PlanBaseChanged = Prefix + "06018";
    public const string PlanNotYetEffective = Prefix + "06019";
    public const string ApprovalRouteEmpty = Prefix + "06020";
    public const string ApprovalRouteStepAssigneeMissing = Prefix + "06021";
    public const string ApprovalRouteNotConfigured = Prefix + "06022";
    public const string ApprovalStepNotPending = Prefix + "06023";
    public const string ApprovalNotAssignee = Prefix + "06024";
    public const string ApprovalCommentRequired = Prefix + "06025";
    public const string ApprovalAlreadyDecided = Prefix + "06026";
    public const string PlanChangeNotFound = Prefix + "06027";
    public const string PlanTooManyChanges = Prefix + "06028";
    public const string ApprovalStatsPeriodInvalid = Prefix + "06029";
    public const string PlanPersonNotFound = Prefix + "06030";
    public const string ApprovalStepHasNoApprovers = Prefix + "06031";
    public const string ApprovalRouteRoleUnknown = Prefix + "06032";
    public const string ApprovalRouteUserNotInZone = Prefix + "06033";
}
