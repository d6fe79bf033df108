using Quartz;
using TalentReform.Configuration;
using TalentReform.Planning;

namespace TalentReform.BackgroundJobs;

/// <summary>Marks approval steps past their 承诺时限 and notifies approvers and the escalation role (once per step).</summary>
[DisallowConcurrentExecution]
public sealed class ApprovalOverdueJob(PlanMaintenanceService maintenance, ILogger<ApprovalOverdueJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await maintenance.NotifyOverdueStepsAsync(cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Marked {Count} approval step(s) overdue and notified their approvers", count);
        }
    }
}

/// <summary>Applies approved staffing plans whose effective date has come, each in its own transaction.</summary>
[DisallowConcurrentExecution]
public sealed class PlanApplyJob(PlanMaintenanceService maintenance, ILogger<PlanApplyJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await maintenance.ApplyDuePlansAsync(cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Applied {Count} staffing plan(s) due today", count);
        }
    }
}

public static class PlanningJobRegistration
{
    /// <summary>
    /// Quartz with an in-memory store: both jobs are idempotent sweeps, so nothing is lost when the host
    /// restarts (they run again at start and then on their schedules). Off with Jobs:Enabled=false (tests).
    /// </summary>
    public static void AddPlanningJobs(this WebApplicationBuilder builder)
    {
        var jobs = builder.AddValidatedOptions<JobsOptions>(JobsOptions.Section);
        if (!jobs.Enabled)
        {
            return;
        }

        builder.Services.AddQuartz(q =>
        {
            Schedule<ApprovalOverdueJob>(q, jobs.OverdueCron);
            Schedule<PlanApplyJob>(q, jobs.ApplyCron);
            ScheduleNightly<NightlyMatchingJob>(q, jobs.MatchingCron);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static void Schedule<TJob>(IQuartzBuilder q, string cron)
        where TJob : class, IJob
    {
        var key = new JobKey(typeof(TJob).Name);
        q.AddJob<TJob>(j => j.WithIdentity(key));
        q.AddTrigger<TJob>(t => t.ForJob(key).WithIdentity(key.Name + "-start").StartAt(DateTimeOffset.UtcNow.AddSeconds(30)));
        q.AddTrigger<TJob>(t => t.ForJob(key).WithIdentity(key.Name + "-cron").WithCronSchedule(cron, c => c.InTimeZone(ChinaTime)));
    }

    /// <summary>Only on its schedule (02:30 China time by default): a full run is not repeated at every start.</summary>
    private static void ScheduleNightly<TJob>(IQuartzBuilder q, string cron)
        where TJob : class, IJob
    {
        var key = new JobKey(typeof(TJob).Name);
        q.AddJob<TJob>(j => j.WithIdentity(key));
        q.AddTrigger<TJob>(t => t.ForJob(key).WithIdentity(key.Name + "-cron").WithCronSchedule(cron, c => c.InTimeZone(ChinaTime)));
    }

    private static TimeZoneInfo ChinaTime => TimeZoneInfo.CreateCustomTimeZone("China Standard Time (UTC+8)", WorkCalendarConsts.ChinaOffset, "CST", "CST");
}
