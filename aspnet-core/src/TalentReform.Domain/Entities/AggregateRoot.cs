namespace TalentReform.Entities;

/// <summary>
/// Root of a consistency boundary. Its <see cref="ConcurrencyStamp"/> is an EF concurrency token that
/// changes on every save, so a client that edits a stale copy gets a 409 instead of overwriting.
/// Every change of an aggregate is written to the audit log.
/// </summary>
public abstract class AggregateRoot : Entity, IHasConcurrencyStamp
{
    public string ConcurrencyStamp { get; set; } = NewStamp();

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
