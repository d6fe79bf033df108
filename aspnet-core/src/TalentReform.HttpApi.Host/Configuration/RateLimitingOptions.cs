using System.ComponentModel.DataAnnotations;

namespace TalentReform.Configuration;

/// <summary>The "RateLimiting" section: fixed windows per client IP.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public FixedWindowLimit SignIn { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    public FixedWindowLimit PolicyCalculator { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };
}

public sealed class FixedWindowLimit
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
