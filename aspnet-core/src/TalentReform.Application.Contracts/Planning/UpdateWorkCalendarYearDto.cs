using System.ComponentModel.DataAnnotations;

namespace TalentReform.Planning;

/// <summary>Replaces every special day of the year (an empty list leaves plain weekends).</summary>
public class UpdateWorkCalendarYearDto
{
    [Required]
    [MaxLength(WorkCalendarConsts.MaxSpecialDays)]
    public List<WorkCalendarDayInput> Days { get; set; } = [];

    /// <summary>The stamp the client read (null when the year was not defined); a different one means someone else saved first (409).</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
