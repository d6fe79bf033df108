namespace TalentReform.Entities;

/// <summary>
/// A child entity whose own changes are audited, because they change what its aggregate means without
/// changing the aggregate's row (e.g. an approval route's steps decide who approves). Its audit rows carry the
/// aggregate's zone.
/// </summary>
public interface IAuditedPart
{
    /// <summary>The id of the aggregate the part belongs to.</summary>
    Guid AggregateId { get; }
}
