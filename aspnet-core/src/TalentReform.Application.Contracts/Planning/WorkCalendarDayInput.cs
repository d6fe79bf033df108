using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Planning;

public class WorkCalendarDayInput
{
    [Required]
    [BusinessDate]
    public DateOnly? Date { get; set; }

    [Required]
    public WorkCalendarDayKind? Kind { get; set; }

    /// <summary>The holiday the day belongs to, as in the notice (春节).</summary>
    [Required]
    [StringLength(WorkCalendarConsts.MaxNameLength)]
    public string Name { get; set; } = null!;
}
