using Riok.Mapperly.Abstractions;

namespace TalentReform.Planning;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class WorkCalendarMapper
{
    public static partial WorkCalendarDayDto ToDto(this WorkCalendarDay day);

    public static WorkCalendarYearDto ToDto(this WorkCalendarYear year) =>
        new(year.Year, true, year.Days.Select(d => d.ToDto()).ToList(), year.ConcurrencyStamp);
}
