namespace TalentReform.Planning;

/// <summary>A day that differs from an ordinary week: off (<see cref="WorkCalendarDayKind.Holiday"/>) or a make-up working day.</summary>
public record WorkCalendarDayDto(DateOnly Date, WorkCalendarDayKind Kind, string Name);
