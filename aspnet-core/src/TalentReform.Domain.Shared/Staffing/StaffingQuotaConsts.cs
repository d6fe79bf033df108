namespace TalentReform.Staffing;

public static class StaffingQuotaConsts
{
    /// <summary>Input ceiling; the largest zone totals are a few hundred.</summary>
    public const int MaxApproved = 100_000;
}
