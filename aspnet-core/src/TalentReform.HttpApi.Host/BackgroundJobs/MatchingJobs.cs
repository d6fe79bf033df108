using Quartz;
using TalentReform.Data;
using TalentReform.Talents;
using TalentReform.Zones;

namespace TalentReform.BackgroundJobs;

/// <summary>
/// Carries out queued 免申即享 runs one after another, each in a scope of its own (a run saves its progress after
/// every batch, so <c>GET /api/app/matching-runs/{id}</c> shows how far it got). Always on, also in tests: on-demand
/// runs must work whether or not the scheduled jobs are enabled.
/// </summary>
public sealed class MatchingRunWorker(MatchingRunQueue queue, IServiceScopeFactory scopes, ILogger<MatchingRunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var interrupted = await scope.ServiceProvider.GetRequiredService<MatchingRunStarter>().FailInterruptedAsync(stoppingToken);
            if (interrupted > 0)
            {
                logger.LogWarning("Closed {Count} matching run(s) interrupted by the last shutdown", interrupted);
            }
        }

        await foreach (var runId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MatchingRunStarter>().ExecuteAsync(runId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Matching run {RunId} failed", runId);
            }
        }
    }
}

/// <summary>The nightly 免申即享 run of every zone (skipped for a zone whose run is still going).</summary>
[DisallowConcurrentExecution]
public sealed class NightlyMatchingJob(IRepository<Zone> zones, MatchingRunStarter starter, IDataFilter dataFilter, IAsyncQueryableExecuter executer,
    ILogger<NightlyMatchingJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        List<Guid> zoneIds;
        using (dataFilter.DisableZoneFilter())
        {
            zoneIds = await executer.ToListAsync(zones.GetDetachedQueryable().Select(z => z.Id), cancellationToken);
        }

        foreach (var zoneId in zoneIds)
        {
            try
            {
                await starter.StartAsync(zoneId, null, cancellationToken);
            }
            catch (BusinessException e) when (e.Code == TalentReformErrorCodes.MatchingRunInProgress)
            {
                logger.LogInformation("Zone {ZoneId}: a matching run is still going; tonight's is skipped", zoneId);
            }
        }
    }
}
