using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Repositories;

namespace TalentReform.Planning;

public class WorkCalendarYearRepository(TalentReformDbContext dbContext) : EfRepository<WorkCalendarYear>(dbContext), IWorkCalendarYearRepository
{
    public Task<WorkCalendarYear?> FindByYearAsync(int year, CancellationToken cancellationToken = default) =>
        Set.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
}
