using TalentReform.Validation;

namespace TalentReform.Talents;

public static class TalentDates
{
    /// <summary>
    /// Today in China (UTC+8), whatever the server's time zone: due dates, policy periods and ages are Chinese
    /// calendar dates, and one definition keeps matching, re-checks and the due list on the same day.
    /// </summary>
    public static DateOnly ChinaToday(this TimeProvider clock) => DateBounds.Today(clock);
}
