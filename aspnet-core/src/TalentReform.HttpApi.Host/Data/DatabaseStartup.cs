using Microsoft.Extensions.Options;
using TalentReform.Configuration;
using TalentReform.Data.Seeding;
using TalentReform.EntityFrameworkCore;
using TalentReform.Permissions;

namespace TalentReform.Data;

/// <summary>
/// Migrates and seeds on start when <c>Database:MigrateOnStart</c> is true (the default with SQLite).
/// Demo data follows <c>App:SeedDemoData</c>; unset, it is on in Development and for a brand-new SQLite
/// database, so the one README command shows a populated product.
/// </summary>
public static class DatabaseStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var provider = database.Provider;
        if (!database.ShouldMigrateOnStart)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();
        var wasEmpty = await initializer.IsEmptyAsync();
        await initializer.MigrateAsync();
        var seedDemo = configuration.GetValue<bool?>("App:SeedDemoData")
            ?? (app.Environment.IsDevelopment() || (provider == DatabaseProvider.Sqlite && wasEmpty));
        var options = new SeedOptions { SeedDemoData = seedDemo, AdminPassword = configuration["App:AdminPassword"] };
        await initializer.SeedAsync(options, PermissionDefinitions.All.Select(p => p.Name).ToList());
    }
}
