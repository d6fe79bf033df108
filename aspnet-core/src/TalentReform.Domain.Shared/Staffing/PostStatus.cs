namespace TalentReform.Staffing;

public enum PostStatus
{
    Vacant,
    Filled,

    /// <summary>Kept in the structure but not to be filled (e.g. pending a reorganisation).</summary>
    Frozen,
}
