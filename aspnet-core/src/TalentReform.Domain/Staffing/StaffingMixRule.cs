using TalentReform.Entities;
using TalentReform.Localization;

namespace TalentReform.Staffing;

/// <summary>
/// One 人员组合 rule of a unit. Rules are data (an HR officer adds, tunes or drops them); their results are
/// never stored but computed from the unit's posts by <see cref="StaffingMixEvaluator"/>, so they cannot go stale.
/// </summary>
public class StaffingMixRule : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public StaffingMixRuleKind Kind { get; private set; }

    /// <summary>The category a <see cref="StaffingMixRuleKind.MinCategoryShare"/> rule measures; implied by the other kinds.</summary>
    public PostCategory? Category { get; private set; }

    public double? MinShare { get; private set; }
    public double? MaxShare { get; private set; }

    /// <summary>Target weights of the senior, middle and junior bands (e.g. 1, 3, 6).</summary>
    public int? SeniorWeight { get; private set; }

    public int? MiddleWeight { get; private set; }
    public int? JuniorWeight { get; private set; }

    public IReadOnlyList<int>? BandRatio =>
        SeniorWeight is { } s && MiddleWeight is { } m && JuniorWeight is { } j ? [s, m, j] : null;

    protected StaffingMixRule()
    {
    }

    public StaffingMixRule(
        Guid id, Guid zoneId, Guid orgUnitId, StaffingMixRuleKind kind, PostCategory? category, double? minShare, IReadOnlyList<int>? bandRatio, double? maxShare)
        : base(id)
    {
        ZoneId = zoneId;
        OrgUnitId = orgUnitId;
        Set(kind, category, minShare, bandRatio, maxShare);
    }

    /// <summary>Keeps only the parameters the kind uses, so a stored rule never carries a misleading leftover.</summary>
    public void Set(StaffingMixRuleKind kind, PostCategory? category, double? minShare, IReadOnlyList<int>? bandRatio, double? maxShare)
    {
        switch (kind)
        {
            case StaffingMixRuleKind.MinCategoryShare:
                Ensure(kind, category is not null && IsShare(minShare));
                Apply(kind, category, minShare, null, null);
                break;
            case StaffingMixRuleKind.LevelBandRatio:
                Ensure(kind, category is null or PostCategory.Professional
                    && bandRatio is { Count: 3 } && bandRatio.All(w => w is >= 0 and <= StaffingMixConsts.MaxBandWeight) && bandRatio.Sum() > 0);
                Apply(kind, PostCategory.Professional, null, bandRatio, null);
                break;
            case StaffingMixRuleKind.MaxSkilledLowLevelShare:
                Ensure(kind, category is null or PostCategory.Skilled && IsShare(maxShare));
                Apply(kind, PostCategory.Skilled, null, null, maxShare);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private void Apply(StaffingMixRuleKind kind, PostCategory? category, double? minShare, IReadOnlyList<int>? bandRatio, double? maxShare)
    {
        Kind = kind;
        Category = category;
        MinShare = minShare;
        MaxShare = maxShare;
        SeniorWeight = bandRatio?[0];
        MiddleWeight = bandRatio?[1];
        JuniorWeight = bandRatio?[2];
    }

    private static bool IsShare(double? value) => value is >= 0 and <= 1;

    private static void Ensure(StaffingMixRuleKind kind, bool valid)
    {
        if (!valid)
        {
            throw new BusinessException(TalentReformErrorCodes.StaffingMixRuleInvalid, LocalizedEnum.Of(kind));
        }
    }
}
