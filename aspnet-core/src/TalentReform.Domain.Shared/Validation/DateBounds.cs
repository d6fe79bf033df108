namespace TalentReform.Validation;

/// <summary>
/// The plausible range of each kind of date the product accepts. A date outside its range is a typing or
/// programming error (0001-01-01 from an unset field, 9999-12-31 as "forever"), never a real fact, and
/// would poison age, working-day and service-period arithmetic if stored.
/// </summary>
public static class DateBounds
{
    /// <summary>No living person or talent profile was born earlier.</summary>
    public static readonly DateOnly BirthMin = new(1900, 1, 1);

    /// <summary>Facts of record (a zone's founding, a degree, a 批文, a certification, arrival, payment) reach back this far.</summary>
    public static readonly DateOnly PastMin = new(1900, 1, 1);

    /// <summary>Organisation and planning dates: the first national high-tech zones were approved in 1988.</summary>
    public static readonly DateOnly BusinessMin = new(1980, 1, 1);

    /// <summary>The latest effective, term, due or validity date a plan can sensibly name.</summary>
    public static readonly DateOnly BusinessMax = new(2100, 12, 31);

    /// <summary>China Standard Time, in which "today" is reckoned (no daylight saving).</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today in China by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
