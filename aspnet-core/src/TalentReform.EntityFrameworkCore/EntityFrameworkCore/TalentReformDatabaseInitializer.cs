using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentReform.Data.Seeding;

namespace TalentReform.EntityFrameworkCore;

/// <summary>Applies pending migrations, then seeds. Used by the DbMigrator and by the host on start.</summary>
public class TalentReformDatabaseInitializer(
    TalentReformDbContext dbContext,
    TalentReformDataSeeder seeder,
    ILogger<TalentReformDatabaseInitializer> logger)
{
    /// <summary>True when the database has no applied migration yet (a brand-new database).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !(await dbContext.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await dbContext.Database.MigrateAsync(cancellationToken);
    }

    public async Task SeedAsync(SeedOptions options, IReadOnlyList<string> allPermissions, CancellationToken cancellationToken = default)
    {
        await seeder.SeedAsync(options, allPermissions, cancellationToken);
        logger.LogInformation("Seeded (demo data: {Demo})", options.SeedDemoData);
    }
}
