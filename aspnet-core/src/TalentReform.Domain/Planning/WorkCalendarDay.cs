using TalentReform.Entities;

namespace TalentReform.Planning;

/// <summary>One special day of a <see cref="WorkCalendarYear"/>: a day off or a make-up working day (调休上班).</summary>
public class WorkCalendarDay : Entity
{
    public Guid WorkCalendarYearId { get; private set; }
    public DateOnly Date { get; private set; }
    public WorkCalendarDayKind Kind { get; private set; }

    /// <summary>The holiday it belongs to, as in the notice (春节, 国庆节).</summary>
    public string Name { get; private set; } = null!;

    protected WorkCalendarDay()
    {
    }

    internal WorkCalendarDay(Guid id, Guid workCalendarYearId, DateOnly date, WorkCalendarDayKind kind, string name)
        : base(id)
    {
        WorkCalendarYearId = workCalendarYearId;
        Date = date;
        Kind = kind;
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
    }
}
