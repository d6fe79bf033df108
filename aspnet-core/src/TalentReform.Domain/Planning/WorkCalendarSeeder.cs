namespace TalentReform.Planning;

/// <summary>
/// Seeds the years of <see cref="StateCouncilHolidayNotices"/> that have no calendar yet, in every mode (the
/// calendar is national reference data, not demo data). A year that exists is left as the host admin keeps it.
/// </summary>
public class WorkCalendarSeeder(IWorkCalendarYearRepository years)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (year, days) in StateCouncilHolidayNotices.ByYear)
        {
            if (await years.FindByYearAsync(year, cancellationToken) is not null)
            {
                continue;
            }

            var calendar = new WorkCalendarYear(Guid.NewGuid(), year);
            calendar.ReplaceDays(days);
            await years.InsertAsync(calendar, cancellationToken);
        }

        await years.SaveChangesAsync(cancellationToken);
    }
}
