using TalentReform.Data;

namespace TalentReform.Planning;

/// <summary>Calendar years are loaded with their special days.</summary>
public interface IWorkCalendarYearRepository : IRepository<WorkCalendarYear>
{
    Task<WorkCalendarYear?> FindByYearAsync(int year, CancellationToken cancellationToken = default);
}
