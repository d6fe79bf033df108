using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TalentReform.Entities;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// ABP's optimistic concurrency: the stamp an app service copied from the client is the value the row
/// must still have (original value); the row then gets a fresh stamp. A mismatch makes EF throw
/// DbUpdateConcurrencyException, answered with 409.
/// </summary>
internal static class ConcurrencyStamps
{
    public static void Apply(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<IHasConcurrencyStamp>())
        {
            var stamp = entry.Property(e => e.ConcurrencyStamp);
            if (entry.Entity is AggregateRoot { StampSupplied: true } root)
            {
                // A supplied stamp equal to the loaded one changes nothing EF can see, so a no-op edit would save
                // nothing and answer 200 even when a concurrent edit has already moved the row on. Marking the stamp
                // modified makes the save an UPDATE ... WHERE ConcurrencyStamp = <supplied>: checked in the database.
                root.AcceptSuppliedStamp();
                if (entry.State == EntityState.Unchanged)
                {
                    stamp.IsModified = true;
                }
            }

            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            stamp.OriginalValue = stamp.CurrentValue;
            if (entry.State == EntityState.Modified)
            {
                stamp.CurrentValue = AggregateRoot.NewStamp();
            }
        }
    }
}
