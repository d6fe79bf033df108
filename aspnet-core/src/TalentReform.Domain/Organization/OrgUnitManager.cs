using TalentReform.Data;

namespace TalentReform.Organization;

/// <summary>
/// Tree-wide unit rules (ABP domain service): free codes under a parent, depth limit, subtree moves,
/// abolition checks and 领导职数. Also the Staffing module's way into units and leadership quotas.
/// </summary>
public class OrgUnitManager(
    IOrgUnitRepository units,
    IRepository<LeadershipQuota> leadershipQuotas,
    IRepository<OrgUnitVersion> versions,
    IOrgUnitPostQuery posts,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public async Task<OrgUnit> CreateAsync(
        Guid zoneId, Guid? parentId, OrgUnitKind kind, string nameZh, string nameEn, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var parent = parentId is { } id ? await units.GetAsync(id, cancellationToken) : null;
        parent?.EnsureNotAbolished();
        EnsureDepth((parent?.Depth ?? 0) + 1);
        var code = await NextCodeAsync(parent, cancellationToken);
        return new OrgUnit(Guid.NewGuid(), zoneId, parent, code, kind, nameZh, nameEn, effectiveFrom, clock.GetUtcNow());
    }

    /// <summary>Moves the unit and its whole subtree under <paramref name="newParentId"/> (null: to the top).</summary>
    public async Task MoveAsync(OrgUnit unit, Guid? newParentId, CancellationToken cancellationToken = default)
    {
        if (unit.ParentId == newParentId)
        {
            return;
        }

        var parent = newParentId is { } id ? await units.GetAsync(id, cancellationToken) : null;
        var descendants = await units.GetDescendantsAsync(unit.Code, cancellationToken);
        var subtreeHeight = descendants.Select(d => d.Depth).DefaultIfEmpty(unit.Depth).Max() - unit.Depth;

        // Validate before computing the new code, and compute it before the unit changes: the unit must not
        // count as a child of its new parent yet.
        unit.EnsureCanMoveUnder(parent);
        var oldCode = unit.Code;
        EnsureDepth((parent?.Depth ?? 0) + 1 + subtreeHeight);
        var newCode = await NextCodeAsync(parent, cancellationToken);
        unit.MoveTo(parent, newCode);
        await RecordVersionAsync(unit, cancellationToken);
        foreach (var descendant in descendants)
        {
            descendant.RebaseCode(oldCode, newCode);
            await RecordVersionAsync(descendant, cancellationToken);
        }
    }

    /// <summary>
    /// Writes the unit's current place and names into its history, effective today (or from the unit's start
    /// when that lies ahead): later versions are replaced, the open one is closed the day before, and an
    /// unchanged snapshot just extends the running version. Call after every change of a unit.
    /// </summary>
    public async Task RecordVersionAsync(OrgUnit unit, CancellationToken cancellationToken = default)
    {
        var history = await executer.ToListAsync(versions.GetQueryable().Where(v => v.OrgUnitId == unit.Id), cancellationToken);
        await RecordVersionAsync(unit, history, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
    }

    /// <summary>
    /// <see cref="RecordVersionAsync(OrgUnit, CancellationToken)"/> for many units at once, effective from
    /// <paramref name="from"/> (a staffing plan's effective date), reading their histories in one query.
    /// </summary>
    public async Task RecordVersionsAsync(IReadOnlyCollection<OrgUnit> changed, DateOnly from, CancellationToken cancellationToken = default)
    {
        var ids = changed.Select(u => u.Id).ToList();
        var histories = (await executer.ToListAsync(versions.GetQueryable().Where(v => ids.Contains(v.OrgUnitId)), cancellationToken)).ToLookup(v => v.OrgUnitId);
        foreach (var unit in changed)
        {
            await RecordVersionAsync(unit, histories[unit.Id].ToList(), from, cancellationToken);
        }
    }

    private async Task RecordVersionAsync(OrgUnit unit, IReadOnlyList<OrgUnitVersion> history, DateOnly changedOn, CancellationToken cancellationToken)
    {
        var from = Max(changedOn, unit.EffectiveFrom);
        foreach (var replaced in history.Where(v => v.ValidFrom >= from))
        {
            await versions.DeleteAsync(replaced, cancellationToken);
        }

        var kept = history.Where(v => v.ValidFrom < from).OrderBy(v => v.ValidFrom).ToList();
        if (kept.Count == 0)
        {
            await versions.InsertAsync(new OrgUnitVersion(Guid.NewGuid(), unit, unit.EffectiveFrom), cancellationToken);
            return;
        }

        // The unit's start may have been corrected: the first version follows it.
        kept[0].StartOn(unit.EffectiveFrom);
        var last = kept[^1];
        if (last.Matches(unit))
        {
            last.EndOn(unit.EffectiveTo);
            return;
        }

        last.EndOn(from.AddDays(-1));
        await versions.InsertAsync(new OrgUnitVersion(Guid.NewGuid(), unit, from), cancellationToken);
    }

    /// <summary>
    /// Replaces the unit's duty clauses (see <see cref="OrgUnit.SetFunctions"/>). A clause a post still cites
    /// cannot be dropped: the post would serve a duty the unit no longer has (a 三定 gap made silently).
    /// </summary>
    public async Task SetFunctionsAsync(OrgUnit unit, IReadOnlyList<(Guid? Id, string Text)> clauses, CancellationToken cancellationToken = default)
    {
        var kept = clauses.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        var dropped = unit.Functions.Where(f => !kept.Contains(f.Id)).ToList();
        if (dropped.Count > 0)
        {
            var cited = (await posts.GetCitedFunctionIdsAsync(unit.Id, cancellationToken)).ToHashSet();
            if (dropped.FirstOrDefault(f => cited.Contains(f.Id)) is { } function)
            {
                // Boxed: an int right after the code would bind to the (code, status, args) overload.
                throw new BusinessException(TalentReformErrorCodes.OrgUnitFunctionCitedByPost, function.Number, function.Text);
            }
        }

        unit.SetFunctions(clauses);
    }

    public async Task AbolishAsync(OrgUnit unit, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var children = await units.CountActiveChildrenAsync(unit.Id, cancellationToken);
        var postCount = await posts.CountPostsAsync(unit.Id, cancellationToken);
        unit.Abolish(lastDay, children, postCount);
        await RecordVersionAsync(unit, cancellationToken);
    }

    /// <summary>The units not abolished, with their duty clauses (for metrics and 三定 checks over the whole zone).</summary>
    public Task<List<OrgUnit>> GetActiveUnitsWithFunctionsAsync(CancellationToken cancellationToken = default) =>
        units.GetActiveWithFunctionsAsync(cancellationToken);

    /// <summary>A unit that can still take posts, quotas and people.</summary>
    public async Task<OrgUnit> GetActiveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await units.GetAsync(id, cancellationToken);
        unit.EnsureNotAbolished();
        return unit;
    }

    public async Task<LeadershipQuota> CreateLeadershipQuotaAsync(
        Guid zoneId, Guid orgUnitId, int heads, int deputies, CancellationToken cancellationToken = default)
    {
        var unit = await GetActiveAsync(orgUnitId, cancellationToken);
        if (await FindLeadershipQuotaAsync(orgUnitId, cancellationToken) is not null)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.LeadershipQuotaAlreadyExists, unit.NameZh);
        }

        var quota = new LeadershipQuota(Guid.NewGuid(), zoneId, orgUnitId, 0, 0);
        await SetLeadershipQuotaAsync(quota, heads, deputies, cancellationToken);
        return quota;
    }

    public async Task SetLeadershipQuotaAsync(LeadershipQuota quota, int heads, int deputies, CancellationToken cancellationToken = default)
    {
        var headPosts = await posts.CountLeadershipPostsAsync(quota.OrgUnitId, LeadershipRole.Head, cancellationToken);
        var deputyPosts = await posts.CountLeadershipPostsAsync(quota.OrgUnitId, LeadershipRole.Deputy, cancellationToken);
        quota.Set(heads, deputies, headPosts, deputyPosts);
    }

    /// <summary>How many posts of <paramref name="role"/> the unit may have; none without a quota.</summary>
    public async Task<int> GetLeadershipLimitAsync(Guid orgUnitId, LeadershipRole role, CancellationToken cancellationToken = default)
    {
        if (role == LeadershipRole.None)
        {
            return int.MaxValue;
        }

        return (await FindLeadershipQuotaAsync(orgUnitId, cancellationToken))?.LimitOf(role) ?? 0;
    }

    public Task<LeadershipQuota?> FindLeadershipQuotaAsync(Guid orgUnitId, CancellationToken cancellationToken = default) =>
        executer.FirstOrDefaultAsync(leadershipQuotas.GetQueryable().Where(q => q.OrgUnitId == orgUnitId), cancellationToken);

    private async Task<string> NextCodeAsync(OrgUnit? parent, CancellationToken cancellationToken)
    {
        var number = OrgUnitCodes.NextNumber(await units.GetChildCodesAsync(parent?.Id, cancellationToken));
        if (number > OrgUnitCodes.MaxSiblings)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitCodeSpaceExhausted, parent?.NameZh ?? "-");
        }

        return OrgUnitCodes.Create(parent?.Code, number);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static void EnsureDepth(int depth)
    {
        if (depth > OrgUnitConsts.MaxDepth)
        {
            // Boxed: an int right after the code would bind to the (code, status, args) overload.
            throw new BusinessException(TalentReformErrorCodes.OrgUnitTooDeep, OrgUnitConsts.MaxDepth);
        }
    }

    // A staffing plan's changes run on an in-memory structure (ADR 0005) and check the tree's rules on the plan's
    // whole result: these are their way into a unit (ADR 0009).

    /// <summary>A plan sets a unit's 三定 clauses with the ids chosen when the change was drafted (later changes cite them).</summary>
    public static void ReplacePlannedFunctions(OrgUnit unit, IReadOnlyList<(Guid Id, string Text)> clauses) => unit.ReplaceFunctions(clauses);

    /// <summary>A plan's merge: the merged unit's clauses become the survivor's, keeping their ids (posts cite them).</summary>
    public static void TransferPlannedFunctions(OrgUnit source, OrgUnit survivor) => source.TransferFunctionsTo(survivor);

    /// <summary>A descendant follows its ancestor that a plan moved.</summary>
    public static void RebasePlannedCode(OrgUnit descendant, string oldPrefix, string newPrefix) => descendant.RebaseCode(oldPrefix, newPrefix);
}
