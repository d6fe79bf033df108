using TalentReform.Validation;

namespace TalentReform.Organization;

public class GetOrgUnitTreeInput
{
    /// <summary>Only units effective on this date; without it, every unit not abolished.</summary>
    [BusinessDate]
    public DateOnly? AsOf { get; set; }
}
