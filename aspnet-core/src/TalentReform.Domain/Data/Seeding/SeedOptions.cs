namespace TalentReform.Data.Seeding;

public sealed class SeedOptions
{
    /// <summary>Seed the three demo zones and their users (password <see cref="DemoPassword"/>).</summary>
    public bool SeedDemoData { get; init; }

    /// <summary>The platform admin's initial password outside demo mode (configuration <c>App:AdminPassword</c>).</summary>
    public string? AdminPassword { get; init; }

    public const string DemoPassword = "1q2w3E*";
}
