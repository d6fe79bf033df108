using System.Text.Json.Serialization;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Changes;

/// <summary>设置岗位 in a live unit, citing clauses of that unit's 三定.</summary>
public sealed record CreatePostChange(
    Guid NewPostId, Guid UnitId, string Code, string TitleZh, string TitleEn, PostCategory Category, int? Level,
    StaffingType StaffingType, LeadershipRole LeadershipRole, IReadOnlyList<Guid> DutyClauseIds) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.CreatePost;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        var code = Code.Trim();
        if (structure.Posts.Values.Any(p => p.Code == code))
        {
            throw new BusinessException(TalentReformErrorCodes.PlanPostCodeTaken, code);
        }

        var post = new Post(NewPostId, structure.ZoneId, unit.Id, code, TitleZh, TitleEn, Category, Level, StaffingType, LeadershipRole.None, 1m);
        PostManager.SetPlannedLeadershipRole(post, LeadershipRole);
        PostManager.SetPlannedDutyClauses(post, unit, DutyClauseIds);
        structure.Insert(post);
    }
}

/// <summary>撤销岗位. A holder loses the seat and must be placed on another post by the same plan.</summary>
public sealed record AbolishPostChange(Guid PostId) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.AbolishPost;

    public override void ApplyTo(ZoneStructure structure)
    {
        var post = structure.GetPost(PostId);
        if (structure.ActiveAppointmentOnPost(post.Id) is { } appointment)
        {
            structure.EndAppointment(appointment, PostChangeRules.PostAbolishedReason, displaces: true);
        }

        structure.Delete(post);
    }
}

/// <summary>岗位划转 to another unit; its holder's slot moves with it, and it cites the new unit's clauses.</summary>
public sealed record MovePostChange(Guid PostId, Guid UnitId, IReadOnlyList<Guid> DutyClauseIds) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.MovePost;

    public override void ApplyTo(ZoneStructure structure)
    {
        var post = structure.GetPost(PostId);
        var unit = structure.GetLiveUnit(UnitId);
        PostManager.Transfer(post, unit.Id, PostManager.ClausesOf(unit, DutyClauseIds), structure.ActiveAppointmentOnPost(post.Id));
    }
}

/// <summary>调整岗位类别、等级或领导岗位性质 (the holder stays).</summary>
public sealed record RegradePostChange(Guid PostId, PostCategory Category, int? Level, LeadershipRole LeadershipRole) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.RegradePost;

    public override void ApplyTo(ZoneStructure structure)
    {
        var post = structure.GetPost(PostId);
        post.SetGrade(Category, Level);
        PostManager.SetPlannedLeadershipRole(post, LeadershipRole);
    }
}

internal static class PostChangeRules
{
    public const string PostAbolishedReason = "岗位撤销";
    public const string ReassignedReason = "调整岗位";
}
