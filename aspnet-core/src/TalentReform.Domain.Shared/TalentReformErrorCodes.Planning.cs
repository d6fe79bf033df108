namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 06xxx: planning (staffing plans, approval routes, working-day calendar)
    public const string WorkCalendarYearOutOfRange = Prefix + "06001";
    public const string WorkCalendarDuplicateDate = Prefix + "06002";
    public const string WorkCalendarDateOutsideYear = Prefix + "06003";
    public const string WorkCalendarMakeUpDayNotOnWeekend = Prefix + "06004";
}
