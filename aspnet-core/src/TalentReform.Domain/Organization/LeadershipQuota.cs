using TalentReform.Entities;

namespace TalentReform.Organization;

/// <summary>领导职数 of one unit: a hard cap on head (正职) and deputy (副职) posts.</summary>
public class LeadershipQuota : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public int Heads { get; private set; }
    public int Deputies { get; private set; }

    protected LeadershipQuota()
    {
    }

    public LeadershipQuota(Guid id, Guid zoneId, Guid orgUnitId, int heads, int deputies)
        : base(id)
    {
        ZoneId = zoneId;
        OrgUnitId = orgUnitId;
        Set(heads, deputies, 0, 0);
    }

    /// <summary>Changes the caps; refused below the leadership posts the unit already has.</summary>
    public void Set(int heads, int deputies, int headPosts, int deputyPosts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(heads);
        ArgumentOutOfRangeException.ThrowIfNegative(deputies);
        EnsureNotBelow(LeadershipRole.Head, heads, headPosts);
        EnsureNotBelow(LeadershipRole.Deputy, deputies, deputyPosts);
        Heads = heads;
        Deputies = deputies;
    }

    public int LimitOf(LeadershipRole role) => role switch
    {
        LeadershipRole.Head => Heads,
        LeadershipRole.Deputy => Deputies,
        _ => int.MaxValue,
    };

    private static void EnsureNotBelow(LeadershipRole role, int limit, int used)
    {
        if (limit < used)
        {
            throw new BusinessException(TalentReformErrorCodes.LeadershipQuotaBelowUsage, Localization.LocalizedEnum.Of(role), limit, used);
        }
    }
}
