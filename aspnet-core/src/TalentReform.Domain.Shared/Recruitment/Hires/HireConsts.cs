namespace TalentReform.Recruitment;

public static class HireConsts
{
    /// <summary>聘用合同 term in months: at least one month, at most ten years (longer ones are open-ended contracts, not modelled).</summary>
    public const int MaxContractMonths = 120;
}
