using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>Post rules that reach beyond one post: unique code in the zone, the unit's 领导职数, its duty clauses.</summary>
public class PostManager(IRepository<Post> posts, OrgUnitManager orgUnits, IAsyncQueryableExecuter executer)
{
    public async Task<Post> CreateAsync(
        Guid zoneId, Guid orgUnitId, string code, string titleZh, string titleEn, PostCategory category, int? level,
        StaffingType staffingType, LeadershipRole leadershipRole, decimal fte, IReadOnlyCollection<Guid> dutyClauseIds,
        CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(orgUnitId, cancellationToken);
        code = code.Trim();
        if (await posts.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PostCodeAlreadyExists, code);
        }

        var post = new Post(Guid.NewGuid(), zoneId, orgUnitId, code, titleZh, titleEn, category, level, staffingType, LeadershipRole.None, fte);
        await ChangeLeadershipRoleAsync(post, unit, leadershipRole, cancellationToken);
        SetDutyClauses(post, unit, dutyClauseIds);
        return post;
    }

    public async Task UpdateAsync(
        Post post, LeadershipRole leadershipRole, IReadOnlyCollection<Guid> dutyClauseIds, CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(post.OrgUnitId, cancellationToken);
        await ChangeLeadershipRoleAsync(post, unit, leadershipRole, cancellationToken);
        SetDutyClauses(post, unit, dutyClauseIds);
    }

    /// <summary>A head or deputy post is refused once the unit's 领导职数 for that role are all taken.</summary>
    private async Task ChangeLeadershipRoleAsync(Post post, OrgUnit unit, LeadershipRole role, CancellationToken cancellationToken)
    {
        if (role == post.LeadershipRole)
        {
            return;
        }

        if (role != LeadershipRole.None)
        {
            var limit = await orgUnits.GetLeadershipLimitAsync(unit.Id, role, cancellationToken);
            var used = await executer.CountAsync(
                posts.GetQueryable().Where(p => p.OrgUnitId == unit.Id && p.LeadershipRole == role && p.Id != post.Id), cancellationToken);
            if (used >= limit)
            {
                throw new BusinessException(TalentReformErrorCodes.LeadershipQuotaExceeded, unit.NameZh, LocalizedEnum.Of(role), limit);
            }
        }

        post.ChangeLeadershipRole(role);
    }

    /// <summary>The duty clauses a post of <paramref name="unit"/> may cite: every one must be a clause of the unit's 三定.</summary>
    public static IReadOnlyCollection<Guid> ClausesOf(OrgUnit unit, IReadOnlyCollection<Guid> dutyClauseIds)
    {
        var unknown = dutyClauseIds.FirstOrDefault(id => unit.Functions.All(f => f.Id != id));
        if (unknown != Guid.Empty)
        {
            throw new BusinessException(TalentReformErrorCodes.PostDutyClauseNotInUnit, unknown);
        }

        return dutyClauseIds;
    }

    // A staffing plan's changes run on an in-memory structure (ADR 0005) and check 领导职数 and 编制 on the plan's
    // whole result (PlanRuleChecker), not change by change: these are their way into a post (ADR 0009).

    /// <summary>A plan's new or regraded post takes its leadership role; the plan checks 领导职数 on its result.</summary>
    public static void SetPlannedLeadershipRole(Post post, LeadershipRole role) => post.ChangeLeadershipRole(role);

    /// <summary>A plan's new post cites clauses of its unit's 三定.</summary>
    public static void SetPlannedDutyClauses(Post post, OrgUnit unit, IReadOnlyCollection<Guid> dutyClauseIds) =>
        post.SetDutyClauses(ClausesOf(unit, dutyClauseIds));

    /// <summary>
    /// 岗位划转 or a merge: the post goes to another unit citing <paramref name="dutyClauseIds"/> there, and its
    /// holder's slot (<paramref name="holder"/>, the active appointment on it) moves with it.
    /// </summary>
    public static void Transfer(Post post, Guid orgUnitId, IEnumerable<Guid> dutyClauseIds, Appointment? holder)
    {
        post.MoveTo(orgUnitId, dutyClauseIds);
        holder?.FollowPost(post);
    }

    private static void SetDutyClauses(Post post, OrgUnit unit, IReadOnlyCollection<Guid> dutyClauseIds) =>
        post.SetDutyClauses(ClausesOf(unit, dutyClauseIds));
}
