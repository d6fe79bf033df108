namespace TalentReform.Planning;

public enum PlanDiffKind
{
    Unchanged,
    Added,
    Removed,
    Moved,
    Changed,
}
