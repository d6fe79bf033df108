using Microsoft.EntityFrameworkCore;
using TalentReform.Data;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// <see cref="ISequenceNumbers"/> by <c>UPDATE ... SET LastValue = LastValue + 1</c> on the counter's row, the same
/// SQL on SQLite (one writer at a time) and SQL Server (the row lock queues the others until commit).
/// </summary>
public sealed class EfSequenceNumbers(TalentReformDbContext dbContext) : ISequenceNumbers
{
    public async Task<int> NextAsync(string sequence, int atLeast, CancellationToken cancellationToken = default)
    {
        if (dbContext.Database.CurrentTransaction is not null)
        {
            return await IncrementAsync(sequence, atLeast, cancellationToken);
        }

        return await dbContext.Database.CreateExecutionStrategy().ExecuteAsync(
            (sequence, atLeast),
            async (_, state, ct) =>
            {
                await using var transaction = await dbContext.Database.BeginTransactionAsync(ct);
                var next = await IncrementAsync(state.sequence, state.atLeast, ct);
                await transaction.CommitAsync(ct);
                return next;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    private async Task<int> IncrementAsync(string sequence, int atLeast, CancellationToken cancellationToken)
    {
        var database = dbContext.Database;
        if (!await dbContext.Set<SequenceCounter>().AsNoTracking().AnyAsync(s => s.Name == sequence, cancellationToken))
        {
            try
            {
                await database.ExecuteSqlAsync($"INSERT INTO TrSequences (Name, LastValue) VALUES ({sequence}, {atLeast})", cancellationToken);
            }
            catch (Exception e) when (UniqueKeyViolations.Is(e))
            {
                // A concurrent first caller created the row; the increment below waits for its lock.
            }
        }

        await database.ExecuteSqlAsync(
            $"UPDATE TrSequences SET LastValue = CASE WHEN LastValue > {atLeast} THEN LastValue + 1 ELSE {atLeast} + 1 END WHERE Name = {sequence}",
            cancellationToken);
        return await database.SqlQuery<int>($"SELECT LastValue AS Value FROM TrSequences WHERE Name = {sequence}").SingleAsync(cancellationToken);
    }
}
