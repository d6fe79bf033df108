using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// Configures the provider chosen by <c>Database:Provider</c>. Each provider keeps its migrations in
/// its own assembly, because their column types and SQL differ.
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
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return builder.ReplaceService<IModelCacheKeyFactory, ProviderAwareModelCacheKeyFactory>();
    }
}
