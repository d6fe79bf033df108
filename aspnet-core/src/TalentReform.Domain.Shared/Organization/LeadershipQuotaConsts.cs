namespace TalentReform.Organization;

public static class LeadershipQuotaConsts
{
    /// <summary>A sanity ceiling for input; real 领导职数 are single digits.</summary>
    public const int MaxPositions = 99;
}
