namespace TalentReform.Planning;

public class WorkCalendarAppService(IWorkCalendarYearRepository years) : IWorkCalendarAppService
{
    public async Task<WorkCalendarYearDto> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        WorkCalendarYear.CheckYear(year);
        var calendar = await years.FindByYearAsync(year, cancellationToken);
        return calendar?.ToDto() ?? new WorkCalendarYearDto(year, false, [], null);
    }

    public async Task<WorkCalendarYearDto> UpdateAsync(int year, UpdateWorkCalendarYearDto input, CancellationToken cancellationToken = default)
    {
        WorkCalendarYear.CheckYear(year);
        var days = input.Days.Select(d => (d.Date!.Value, d.Kind!.Value, d.Name)).ToList();
        var calendar = await years.FindByYearAsync(year, cancellationToken);
        if (calendar is null)
        {
            if (input.ConcurrencyStamp is not null)
            {
                // The client read a version of the year that has since been deleted.
                throw new ConcurrencyConflictException();
            }

            calendar = new WorkCalendarYear(Guid.NewGuid(), year);
            calendar.ReplaceDays(days);
            await years.InsertAsync(calendar, cancellationToken);
        }
        else
        {
            calendar.ConcurrencyStamp = input.ConcurrencyStamp ?? string.Empty;
            calendar.ReplaceDays(days);

            // The days are children: the root row itself is unchanged, so move its stamp explicitly.
            await years.TouchAsync(calendar, cancellationToken);
        }

        await years.SaveChangesAsync(cancellationToken);
        return calendar.ToDto();
    }
}
