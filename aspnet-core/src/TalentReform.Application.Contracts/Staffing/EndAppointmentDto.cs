using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Staffing;

public class EndAppointmentDto
{
    /// <summary>The last day on the post.</summary>
    [Required]
    [BusinessDate]
    public DateOnly? EndedOn { get; set; }

    [Required]
    [StringLength(AppointmentConsts.MaxEndReasonLength)]
    public string Reason { get; set; } = null!;

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
