namespace TalentReform.Planning;

public static class WorkCalendarConsts
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 64;

    /// <summary>A year has at most 366 days; a notice lists a few dozen.</summary>
    public const int MaxSpecialDays = 366;

    /// <summary>China Standard Time (no daylight saving): due times are ends of working days there.</summary>
    public static readonly TimeSpan ChinaOffset = Validation.DateBounds.ChinaOffset;
}
