using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

[ApiController]
[Route("api/app/appointments")]
[Authorize(TalentReformPermissions.Appointments.Default)]
public class AppointmentController(IAppointmentAppService appointments) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<AppointmentDto> GetAsync(Guid id, CancellationToken cancellationToken) => appointments.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<AppointmentDto>> GetListAsync([FromQuery] GetAppointmentsInput input, CancellationToken cancellationToken) =>
        appointments.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Appointments.Create)]
    public Task<AppointmentDto> CreateAsync(CreateAppointmentDto input, CancellationToken cancellationToken) =>
        appointments.CreateAsync(input, cancellationToken);

    [HttpPost("{id:guid}/end")]
    [Authorize(TalentReformPermissions.Appointments.End)]
    public Task<AppointmentDto> EndAsync(Guid id, EndAppointmentDto input, CancellationToken cancellationToken) =>
        appointments.EndAsync(id, input, cancellationToken);
}
