using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentReform.Identity;

namespace TalentReform.Authentication;

/// <summary>
/// Evicts the cached state of every user a save touches (the user row or a role membership; any role change
/// evicts everyone), whoever makes the change — the user screens, logout, a password reset, a seeder — so no
/// caller has to remember to. Evicted after the save and again when its transaction commits: a request that
/// read the old row in between must not keep it cached.
/// </summary>
public sealed class UserSessionStateInvalidator(UserSessionStates states) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Guid AllUsers = Guid.Empty;

    // The users touched by each context's saves in its current transaction.
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context, transactionEnded: eventData.Context?.Database.CurrentTransaction is null);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context, transactionEnded: eventData.Context?.Database.CurrentTransaction is null);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        Flush(eventData.Context, transactionEnded: eventData.Context?.Database.CurrentTransaction is null);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context, transactionEnded: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context, transactionEnded: true);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every tracked user and role membership, whatever its state: inside a unit of work on SQLite, added rows are
    /// written before EF's own save and are already marked unchanged when it starts.
    /// </summary>
    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Typed look-ups: a big save (a plan's apply, a matching run) tracks thousands of other rows.
        var tracker = context.ChangeTracker;
        var touched = tracker.Entries<AppUser>().Select(e => e.Entity.Id)
            .Concat(tracker.Entries<IdentityUserRole<Guid>>().Select(e => e.Entity.UserId))
            .ToHashSet();
        if (tracker.Entries<AppRole>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            touched.Add(AllUsers);
        }

        if (touched.Count == 0)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        lock (pending)
        {
            pending.UnionWith(touched);
        }
    }

    private void Flush(DbContext? context, bool transactionEnded)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        List<Guid> userIds;
        lock (pending)
        {
            userIds = [.. pending];
            if (transactionEnded)
            {
                pending.Clear();
            }
        }

        if (userIds.Contains(AllUsers))
        {
            states.EvictAll();
        }
        else if (userIds.Count > 0)
        {
            states.Evict(userIds);
        }
    }
}
