using Riok.Mapperly.Abstractions;

namespace TalentReform.Planning;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class WorkCalendarMapper
{
    public static partial WorkCalendarDayDto ToDto(this WorkCalendarDay day);

    /// <summary>A stored year is a defined one (an undefined year has no row and is answered without this mapper).</summary>
    [MapValue(nameof(WorkCalendarYearDto.IsDefined), true)]
    public static partial WorkCalendarYearDto ToDto(this WorkCalendarYear year);
}
