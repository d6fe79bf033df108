namespace TalentReform.Planning.Impact;

/// <summary>
/// A rule the structure breaks. <see cref="Args"/> fill the text "PlanRule:{Kind}"; an argument that is itself a
/// resource key ("Enum:...") is localized when read, so a stored report reads in the reader's language.
/// </summary>
/// <param name="Key">Identifies the same breach before and after a change (kind and subject).</param>
/// <param name="IsNew">Not broken before the plan: the plan causes it.</param>
/// <param name="CausedBy">The change (1-based) after which the breach appeared and stayed; null for an existing one.</param>
public sealed record PlanViolation(
    PlanRuleKind Kind, string Key, Guid? UnitId, Guid? PostId, Guid? PersonId, IReadOnlyList<string> Args, bool IsNew = false, int? CausedBy = null)
{
    /// <summary>Hard rules block submission; the 人员组合 is a target and only reported.</summary>
    public bool IsHard => Kind != PlanRuleKind.StaffingMix;
}
