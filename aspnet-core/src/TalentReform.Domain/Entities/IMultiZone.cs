namespace TalentReform.Entities;

/// <summary>
/// Owned by one zone (tenant). The DbContext filters these rows to the current user's zone;
/// a null <see cref="ZoneId"/> means a host-level (platform) row.
/// </summary>
public interface IMultiZone
{
    Guid? ZoneId { get; }
}
