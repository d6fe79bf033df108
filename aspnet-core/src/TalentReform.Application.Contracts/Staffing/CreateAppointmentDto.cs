using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

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
    [BusinessDate]
    public DateOnly? TermStart { get; set; }

    [BusinessDate]
    public DateOnly? TermEnd { get; set; }
}
