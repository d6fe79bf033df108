using TalentReform.Data;

namespace TalentReform.Talents;

/// <summary>
/// Starts 免申即享 runs (on demand for a zone, or nightly for every zone) and carries them out for the worker:
/// one run at a time per zone; a run that throws is kept with its failure.
/// </summary>
public class MatchingRunStarter(
    IRepository<MatchingRun> runs,
    MatchingService matching,
    MatchingRunQueue queue,
    IUnitOfWork unitOfWork,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public const string Interrupted = "interrupted: the host stopped before the run ended";

    public async Task<MatchingRun> StartAsync(Guid zoneId, Guid? userId, CancellationToken cancellationToken = default)
    {
        using (dataFilter.DisableZoneFilter())
        {
            if (await runs.AnyAsync(r => r.ZoneId == zoneId && r.CompletedAt == null, cancellationToken))
            {
                throw BusinessException.Conflict(TalentReformErrorCodes.MatchingRunInProgress);
            }
        }

        var run = new MatchingRun(Guid.NewGuid(), zoneId, userId, clock.GetUtcNow());
        await runs.InsertAsync(run, cancellationToken);
        await runs.SaveChangesAsync(cancellationToken);
        queue.Enqueue(run.Id);
        return run;
    }

    /// <summary>Carries out a queued run to its end (called by the worker, in a scope of its own).</summary>
    public async Task ExecuteAsync(Guid runId, CancellationToken cancellationToken)
    {
        MatchingRun run;
        using (dataFilter.DisableZoneFilter())
        {
            run = await runs.GetAsync(runId, cancellationToken);
        }

        try
        {
            await matching.RunAsync(run, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The failed batch is dropped; the batches saved before it stay (each is consistent by itself).
            unitOfWork.DiscardPendingChanges();
            run.Fail(e.Message, clock.GetUtcNow());
            await runs.UpdateAsync(run, cancellationToken);
            await runs.SaveChangesAsync(cancellationToken);
            throw;
        }
    }

    /// <summary>Runs left unfinished by a stopped host are closed as interrupted, so their zone can run again.</summary>
    public async Task<int> FailInterruptedAsync(CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.DisableZoneFilter();
        var open = await executer.ToListAsync(runs.GetQueryable().Where(r => r.CompletedAt == null), cancellationToken);
        foreach (var run in open)
        {
            run.Fail(Interrupted, clock.GetUtcNow());
        }

        await runs.SaveChangesAsync(cancellationToken);
        return open.Count;
    }
}
