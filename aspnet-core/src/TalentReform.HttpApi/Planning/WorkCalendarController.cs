using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Planning;

[ApiController]
[Route("api/app/work-calendar")]
[Authorize(TalentReformPermissions.WorkCalendar.Default)]
public class WorkCalendarController(IWorkCalendarAppService workCalendar) : ControllerBase
{
    [HttpGet("{year:int}")]
    public Task<WorkCalendarYearDto> GetAsync(int year, CancellationToken cancellationToken) =>
        workCalendar.GetAsync(year, cancellationToken);

    [HttpPut("{year:int}")]
    [Authorize(TalentReformPermissions.WorkCalendar.Update)]
    public Task<WorkCalendarYearDto> UpdateAsync(int year, UpdateWorkCalendarYearDto input, CancellationToken cancellationToken) =>
        workCalendar.UpdateAsync(year, input, cancellationToken);
}
