using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class CreateAppointmentDto
{
    [Required]
    public Guid? PersonId { get; set; }

    [Required]
    public Guid? PostId { get; set; }

    public AppointmentKind Kind { get; set; } = AppointmentKind.Appointed;

    public bool IsPrimary { get; set; } = true;

    /// <summary>聘期 start.</summary>
    [Required]
    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }
}
