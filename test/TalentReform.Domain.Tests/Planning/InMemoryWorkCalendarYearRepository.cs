using TalentReform.Fakes;

namespace TalentReform.Planning;

internal sealed class InMemoryWorkCalendarYearRepository : InMemoryRepository<WorkCalendarYear>, IWorkCalendarYearRepository
{
    public int Reads { get; private set; }

    public Task<WorkCalendarYear?> FindByYearAsync(int year, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult(Items.FirstOrDefault(y => y.Year == year));
    }

    /// <summary>The years of the State Council's notices, as the seeder stores them.</summary>
    public static async Task<InMemoryWorkCalendarYearRepository> SeededAsync()
    {
        var repository = new InMemoryWorkCalendarYearRepository();
        await new WorkCalendarSeeder(repository).SeedAsync();
        return repository;
    }
}
