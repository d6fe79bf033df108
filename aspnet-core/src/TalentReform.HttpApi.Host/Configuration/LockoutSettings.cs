using System.ComponentModel.DataAnnotations;

namespace TalentReform.Configuration;

/// <summary>The "Auth:Lockout" section, copied into Identity's lockout options.</summary>
public sealed class LockoutSettings
{
    public const string Section = "Auth:Lockout";

    [Range(1, int.MaxValue)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    [Range(1, int.MaxValue)]
    public int LockoutMinutes { get; set; } = 5;
}
