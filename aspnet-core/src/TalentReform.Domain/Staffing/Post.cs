using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>
/// A seat (岗位) in a unit: category and level, the 编制 type it draws on, whether it is a leadership post,
/// the duty clauses it serves, and whether it is vacant, filled or frozen. Rules that need the unit's
/// quotas live in <see cref="PostManager"/>; filling and vacating go through <see cref="AppointmentManager"/>.
/// </summary>
public class Post : AggregateRoot, IMultiZone
{
    private readonly List<PostDutyClause> _dutyClauses = [];

    public Guid? ZoneId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string Code { get; private set; } = null!;
    public string TitleZh { get; private set; } = null!;
    public string TitleEn { get; private set; } = null!;
    public PostCategory Category { get; private set; }

    /// <summary>1 is the highest grade; null only for <see cref="PostCategory.Ordinary"/>.</summary>
    public int? Level { get; private set; }

    public StaffingType StaffingType { get; private set; }
    public LeadershipRole LeadershipRole { get; private set; }

    /// <summary>Full-time equivalent (1.0 = one full seat).</summary>
    public decimal Fte { get; private set; }

    public PostStatus Status { get; private set; }

    public IReadOnlyList<PostDutyClause> DutyClauses => _dutyClauses;

    protected Post()
    {
    }

    /// <summary>Use <see cref="PostManager.CreateAsync"/>, which checks the code and the unit's quotas.</summary>
    public Post(
        Guid id, Guid zoneId, Guid orgUnitId, string code, string titleZh, string titleEn, PostCategory category, int? level,
        StaffingType staffingType, LeadershipRole leadershipRole, decimal fte)
        : base(id)
    {
        ZoneId = zoneId;
        OrgUnitId = orgUnitId;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        Rename(titleZh, titleEn);
        SetGrade(category, level);
        StaffingType = staffingType;
        LeadershipRole = leadershipRole;
        SetFte(fte);
        Status = PostStatus.Vacant;
    }

    public void Rename(string titleZh, string titleEn)
    {
        TitleZh = Check.NotNullOrWhiteSpace(titleZh, nameof(titleZh)).Trim();
        TitleEn = Check.NotNullOrWhiteSpace(titleEn, nameof(titleEn)).Trim();
    }

    public void SetGrade(PostCategory category, int? level)
    {
        if (!PostLevels.IsValid(category, level))
        {
            throw new BusinessException(TalentReformErrorCodes.PostLevelInvalid, LocalizedEnum.Of(category), level?.ToString() ?? "-", DescribeRange(category));
        }

        Category = category;
        Level = level;
    }

    public void SetFte(decimal fte)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fte, (decimal)PostConsts.MinFte);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fte, (decimal)PostConsts.MaxFte);
        Fte = fte;
    }

    /// <summary>The holder sits on a slot of this type, so the type is fixed while the post is filled.</summary>
    public void ChangeStaffingType(StaffingType staffingType)
    {
        if (staffingType != StaffingType)
        {
            EnsureNotFilled();
            StaffingType = staffingType;
        }
    }

    /// <summary>Only <see cref="PostManager"/> calls this, after checking the unit's 领导职数 (for a staffing plan: on the plan's whole result).</summary>
    internal void ChangeLeadershipRole(LeadershipRole role) => LeadershipRole = role;

    /// <summary>Only <see cref="PostManager"/> calls this, after checking the clauses belong to the unit.</summary>
    internal void SetDutyClauses(IEnumerable<Guid> functionIds)
    {
        // Keep the clauses that stay (EF would otherwise track a removed and a re-added row with one key).
        var wanted = functionIds.ToHashSet();
        _dutyClauses.RemoveAll(c => !wanted.Contains(c.FunctionId));
        _dutyClauses.AddRange(wanted.Where(id => _dutyClauses.All(c => c.FunctionId != id)).Select(id => new PostDutyClause(Id, id)).ToList());
    }

    /// <summary>
    /// Transfers the post to another unit (岗位划转, or a merge). Its duty clauses cited the old unit's 三定, so
    /// they are replaced by <paramref name="dutyClauseIds"/> of the new unit. Only <see cref="PostManager.Transfer"/> calls this.
    /// </summary>
    internal void MoveTo(Guid orgUnitId, IEnumerable<Guid> dutyClauseIds)
    {
        OrgUnitId = orgUnitId;
        SetDutyClauses(dutyClauseIds);
    }

    public void Fill()
    {
        if (Status == PostStatus.Frozen)
        {
            throw new BusinessException(TalentReformErrorCodes.PostIsFrozen, Code);
        }

        EnsureNotFilled();
        Status = PostStatus.Filled;
    }

    public void Vacate()
    {
        if (Status == PostStatus.Filled)
        {
            Status = PostStatus.Vacant;
        }
    }

    public void Freeze()
    {
        EnsureNotFilled();
        Status = PostStatus.Frozen;
    }

    public void Unfreeze()
    {
        if (Status == PostStatus.Frozen)
        {
            Status = PostStatus.Vacant;
        }
    }

    public void EnsureNotFilled()
    {
        if (Status == PostStatus.Filled)
        {
            throw new BusinessException(TalentReformErrorCodes.PostIsFilled, Code);
        }
    }

    private static object DescribeRange(PostCategory category) =>
        PostLevels.RangeOf(category) is { } range ? new LocalizedText("PostLevels:Range", range.Min, range.Max) : new LocalizedText("PostLevels:None");
}
