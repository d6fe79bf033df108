using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

public abstract class LeadershipQuotaInputBase
{
    [Range(0, LeadershipQuotaConsts.MaxPositions)]
    public int Heads { get; set; }

    [Range(0, LeadershipQuotaConsts.MaxPositions)]
    public int Deputies { get; set; }
}
