using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>A unit of a demo zone as written down in <see cref="DemoOrganizationCatalog"/>; the seeder turns it into aggregates.</summary>
internal sealed class DemoUnitSpec(string key, string? parentKey, OrgUnitKind kind, string nameZh, string nameEn)
{
    public string Key { get; } = key;
    public string? ParentKey { get; } = parentKey;
    public OrgUnitKind Kind { get; } = kind;
    public string NameZh { get; } = nameZh;
    public string NameEn { get; } = nameEn;
    public List<string> Functions { get; } = [];

    /// <summary>领导职数 (heads, deputies); null: the unit has none (sections).</summary>
    public (int Heads, int Deputies)? Leadership { get; set; }

    public List<DemoPostSpec> Posts { get; } = [];

    /// <summary>The 三定 gap of the zone, on purpose: this clause (1-based) is cited by no post.</summary>
    public int? UncitedFunctionNumber { get; set; }

    public DemoUnitSpec Duties(params string[] texts)
    {
        Functions.AddRange(texts);
        return this;
    }

    public DemoUnitSpec Lead(int heads, int deputies, string headZh, string headEn, string deputyZh, string deputyEn, int headLevel, StaffingType type)
    {
        Leadership = (heads, deputies);
        Posts.Add(new DemoPostSpec(headZh, headEn, PostCategory.Management, headLevel, type, LeadershipRole.Head));
        for (var i = 0; i < deputies; i++)
        {
            Posts.Add(new DemoPostSpec(deputyZh, deputyEn, PostCategory.Management, headLevel + 1, type, LeadershipRole.Deputy));
        }

        return this;
    }

    /// <summary>One post per level given, e.g. <c>Staff("科员", "Officer", Management, Administrative, 8, 9, 9)</c>.</summary>
    public DemoUnitSpec Staff(string titleZh, string titleEn, PostCategory category, StaffingType type, params int?[] levels)
    {
        Posts.AddRange(levels.Select(level => new DemoPostSpec(titleZh, titleEn, category, level, type, LeadershipRole.None)));
        return this;
    }

    /// <summary>
    /// <paramref name="count"/> professional posts split 1 : 3 : 6 over the senior (level 4), middle (7) and junior
    /// (10 and 12) bands, or over <paramref name="bands"/> when given (to break the ratio on purpose).
    /// </summary>
    public DemoUnitSpec Professionals(string titleZh, string titleEn, StaffingType type, int count, (int Senior, int Middle, int Junior)? bands = null)
    {
        var senior = bands?.Senior ?? (int)Math.Round(count * 0.1, MidpointRounding.AwayFromZero);
        var middle = bands?.Middle ?? (int)Math.Round(count * 0.3, MidpointRounding.AwayFromZero);
        var junior = bands?.Junior ?? count - senior - middle;
        Staff("高级" + titleZh, "Senior " + titleEn, PostCategory.Professional, type, Enumerable.Repeat<int?>(4, senior).ToArray());
        Staff(titleZh, titleEn, PostCategory.Professional, type, Enumerable.Repeat<int?>(7, middle).ToArray());
        Staff("助理" + titleZh, "Assistant " + titleEn, PostCategory.Professional, type, Enumerable.Range(0, junior).Select(i => (int?)(i % 2 == 0 ? 10 : 12)).ToArray());
        return this;
    }

    /// <summary>The zone's post without a duty clause (the other half of the deliberate 三定 gap).</summary>
    public DemoUnitSpec UndutifulPost(string titleZh, string titleEn, StaffingType type)
    {
        Posts.Add(new DemoPostSpec(titleZh, titleEn, PostCategory.Management, 9, type, LeadershipRole.None) { WithoutDuty = true });
        return this;
    }
}

internal sealed record DemoPostSpec(string TitleZh, string TitleEn, PostCategory Category, int? Level, StaffingType Type, LeadershipRole Role)
{
    public bool WithoutDuty { get; init; }
}

/// <summary>A 人员组合 rule of the demo: unit key, kind and parameters.</summary>
internal sealed record DemoMixRuleSpec(string UnitKey, StaffingMixRuleKind Kind, PostCategory? Category, double? MinShare, int[]? BandRatio, double? MaxShare);

/// <summary>Everything one demo zone gets: its units in tree order, zone totals, mix rules and people settings.</summary>
internal sealed class DemoZoneOrganization
{
    public required string PostCodePrefix { get; init; }
    public required string IdRegionCode { get; init; }
    public required string ApprovalDocumentNumber { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public required int RandomSeed { get; init; }
    public required IReadOnlyList<DemoUnitSpec> Units { get; init; }
    public required IReadOnlyDictionary<StaffingType, int> ZoneTotals { get; init; }
    public required IReadOnlyList<DemoMixRuleSpec> MixRules { get; init; }
    public required IReadOnlyList<string> Schools { get; init; }
}
