using TalentReform.Validation;

namespace TalentReform.Fixtures;

/// <summary>A host on a copy of the template that runs the start-up migration and seed, as the product does on every start.</summary>
public class StartUpSeedingFactory : TalentReformWebApplicationFactory
{
    protected override bool MigratesAndSeedsOnStart => true;
}

/// <summary>
/// The template every test host starts from: the host's own start-up migration and seed find nothing to add (which is
/// why the other test hosts may skip them), and copies stay apart.
/// </summary>
public class SeededDatabaseTemplateTests(StartUpSeedingFactory factory) : IClassFixture<StartUpSeedingFactory>
{
    [Fact]
    public async Task A_host_started_on_a_copy_migrates_and_seeds_nothing_more()
    {
        // Arrange: the host has started (migrations and seed ran on the copy).
        _ = factory.Server;

        // Act
        var template = await DatabaseChecksum.ComputeAsync(SeededDatabaseTemplate.GetPath());
        var copy = await DatabaseChecksum.ComputeAsync(factory.DatabasePath);

        // Assert: a template the seed would change (stale, or a seed that is not idempotent) shows here.
        DatabaseChecksum.Changed(template, copy).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_write_in_one_host_is_not_seen_by_another()
    {
        // Arrange
        await using var other = new TalentReformWebApplicationFactory();
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        _ = other.Server;
        var before = await DatabaseChecksum.ComputeAsync(other.DatabasePath);

        // Act
        using var created = await admin.PostJsonAsync("/api/host/zones", new
        {
            code = TestData.UniqueName("template"), nameZh = "测试高新区", nameEn = "Test Zone", province = "辽宁省", foundedOn = "2020-05-01",
        });

        // Assert
        await created.ShouldSucceedAsync();
        DatabaseChecksum.Changed(before, await DatabaseChecksum.ComputeAsync(other.DatabasePath)).ShouldBeEmpty();
    }
}
