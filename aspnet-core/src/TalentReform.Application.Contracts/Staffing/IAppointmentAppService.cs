using TalentReform.Dtos;

namespace TalentReform.Staffing;

/// <summary>实名制 appointments: created into a free slot, ended with a reason; never edited or deleted.</summary>
public interface IAppointmentAppService
{
    Task<AppointmentDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<AppointmentDto>> GetListAsync(GetAppointmentsInput input, CancellationToken cancellationToken = default);

    Task<AppointmentDto> CreateAsync(CreateAppointmentDto input, CancellationToken cancellationToken = default);

    Task<AppointmentDto> EndAsync(Guid id, EndAppointmentDto input, CancellationToken cancellationToken = default);
}
