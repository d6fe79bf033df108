using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// Configures the provider chosen by <c>Database:Provider</c>. Each provider keeps its migrations in
/// its own assembly, because their column types and SQL differ. Aggregates with several child collections
/// (a staffing plan: changes, steps, decisions) load with one query per collection: a single joined query
/// would return changes × steps × decisions rows (12,000 for a 1,000-change plan) and take seconds.
/// </summary>
public static class TalentReformDbContextOptions
{
    public const string SqliteMigrationsAssembly = "TalentReform.EntityFrameworkCore.Sqlite";
    public const string SqlServerMigrationsAssembly = "TalentReform.EntityFrameworkCore.SqlServer";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(
                    connectionString,
                    o => o.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return builder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
