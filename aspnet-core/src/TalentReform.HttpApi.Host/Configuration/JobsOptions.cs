namespace TalentReform.Configuration;

/// <summary>The "Jobs" section: the Quartz schedules, in China time.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in the tests, which run the sweeps themselves.</summary>
    public bool Enabled { get; set; } = true;

    [QuartzCron]
    public string OverdueCron { get; set; } = "0 0/15 * * * ?";

    [QuartzCron]
    public string ApplyCron { get; set; } = "0 5 0/1 * * ?";

    [QuartzCron]
    public string MatchingCron { get; set; } = "0 30 2 * * ?";
}
