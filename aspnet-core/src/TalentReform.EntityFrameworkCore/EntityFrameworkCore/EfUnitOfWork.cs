using Microsoft.EntityFrameworkCore;
using TalentReform.Data;

namespace TalentReform.EntityFrameworkCore;

/// <summary>A transaction on the request's DbContext, run through the provider's execution strategy (SQL Server retries).</summary>
public sealed class EfUnitOfWork(TalentReformDbContext dbContext) : IUnitOfWork
{
    public Task<TResult> RunInTransactionAsync<TResult>(
        Func<CancellationToken, Task<(TResult Result, bool Commit)>> work, CancellationToken cancellationToken = default)
    {
        var strategy = dbContext.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            (dbContext, work),
            async (_, state, ct) =>
            {
                state.dbContext.ChangeTracker.Clear();
                await using var transaction = await state.dbContext.Database.BeginTransactionAsync(ct);
                try
                {
                    var (result, commit) = await state.work(ct);
                    if (commit)
                    {
                        await transaction.CommitAsync(ct);
                    }
                    else
                    {
                        await transaction.RollbackAsync(ct);
                    }

                    return result;
                }
                finally
                {
                    // Whatever was rolled back must not linger in the tracker as if it were stored.
                    state.dbContext.ChangeTracker.Clear();
                }
            },
            verifySucceeded: null,
            cancellationToken);
    }

    public void DiscardPendingChanges() => dbContext.ChangeTracker.Clear();
}
