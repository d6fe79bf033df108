namespace TalentReform.Recruitment;

/// <summary>
/// A relative working in the zone, as the candidate declares it (or HR completes it from the seat board):
/// where they work, whether they lead that unit, and whether the applied post stands in a direct
/// superior–subordinate line with them (人社部规〔2019〕1号 lists those lines: 班子正副职, 同一内设机构正副职,
/// 上级正副职与下级正职, …; deciding one needs the org structure, so the caller supplies the answer).
/// </summary>
public sealed record AvoidanceRelative(
    string Name,
    KinshipRelation Relation,
    Guid UnitId,
    bool LeadsUnit,
    bool DirectLineWithPost,
    Guid? PersonId = null);

/// <summary>The post applied for, as far as 回避 needs it.</summary>
public sealed record AvoidancePost(Guid UnitId, PostFunctionArea FunctionArea);

/// <summary>One relative that matters, and why.</summary>
public sealed record AvoidanceFinding(AvoidanceRelative Relative, AvoidanceReason Reason)
{
    /// <summary>Refused outright; a same-unit relation is only flagged for HR.</summary>
    public bool Refuses => Reason != AvoidanceReason.SameUnit;
}
