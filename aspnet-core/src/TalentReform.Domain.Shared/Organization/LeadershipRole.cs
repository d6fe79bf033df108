namespace TalentReform.Organization;

/// <summary>Whether a post counts against the unit's 领导职数 (heads 正职 / deputies 副职).</summary>
public enum LeadershipRole
{
    None,
    Head,
    Deputy,
}
