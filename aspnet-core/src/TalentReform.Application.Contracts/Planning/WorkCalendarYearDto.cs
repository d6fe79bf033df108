namespace TalentReform.Planning;

/// <param name="Year">The calendar year.</param>
/// <param name="IsDefined">False when the year has no data: then only weekends are days off.</param>
/// <param name="Days">The special days in date order.</param>
/// <param name="ConcurrencyStamp">Send it back with an update; null while the year is not defined.</param>
public record WorkCalendarYearDto(int Year, bool IsDefined, IReadOnlyList<WorkCalendarDayDto> Days, string? ConcurrencyStamp);
