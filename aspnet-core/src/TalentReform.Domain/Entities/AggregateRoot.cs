using System.ComponentModel.DataAnnotations.Schema;

namespace TalentReform.Entities;

/// <summary>
/// Root of a consistency boundary. Its <see cref="ConcurrencyStamp"/> is an EF concurrency token that
/// changes on every save, so a client that edits a stale copy gets a 409 instead of overwriting.
/// Every change of an aggregate is written to the audit log.
/// </summary>
public abstract class AggregateRoot : Entity, IHasConcurrencyStamp
{
    // EF reads and writes the field (its backing-field convention), so only a caller's assignment marks the stamp supplied.
    private string _concurrencyStamp = NewStamp();

    /// <summary>
    /// Setting it (an app service copying the client's stamp) means "save only if the row still has this stamp":
    /// the save then checks it in the database even when nothing else changed (see <see cref="StampSupplied"/>).
    /// </summary>
    public string ConcurrencyStamp
    {
        get => _concurrencyStamp;
        set
        {
            _concurrencyStamp = value;
            StampSupplied = true;
        }
    }

    /// <summary>
    /// A caller supplied the stamp it read: the save must verify it atomically (UPDATE ... WHERE stamp = supplied),
    /// even for a no-op edit, which would otherwise win a race against a concurrent real edit.
    /// </summary>
    [NotMapped]
    public bool StampSupplied { get; private set; }

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    /// <summary>Called once the save has checked the supplied stamp.</summary>
    public void AcceptSuppliedStamp() => StampSupplied = false;
}
