using Riok.Mapperly.Abstractions;

namespace TalentReform.Staffing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AppointmentMapper
{
    public static partial AppointmentDto ToDto(this Appointment appointment);
}
