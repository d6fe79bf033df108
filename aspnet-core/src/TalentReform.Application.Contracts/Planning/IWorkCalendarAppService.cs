namespace TalentReform.Planning;

/// <summary>The national working-day calendar (weekends, statutory holidays, 调休 make-up days) per year.</summary>
public interface IWorkCalendarAppService
{
    /// <summary>The year's special days; a year without data answers <c>IsDefined = false</c> and no days.</summary>
    Task<WorkCalendarYearDto> GetAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Creates the year or replaces all its special days.</summary>
    Task<WorkCalendarYearDto> UpdateAsync(int year, UpdateWorkCalendarYearDto input, CancellationToken cancellationToken = default);
}
