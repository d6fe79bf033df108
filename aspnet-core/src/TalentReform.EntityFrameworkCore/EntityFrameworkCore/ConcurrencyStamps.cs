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
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var stamp = entry.Property(e => e.ConcurrencyStamp);
            stamp.OriginalValue = stamp.CurrentValue;
            if (entry.State == EntityState.Modified)
            {
                stamp.CurrentValue = AggregateRoot.NewStamp();
            }
        }
    }
}
