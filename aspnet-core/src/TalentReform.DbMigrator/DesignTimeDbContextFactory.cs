using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TalentReform.Data;
using TalentReform.EntityFrameworkCore;
using TalentReform.Users;

namespace TalentReform.DbMigrator;

/// <summary>
/// For dotnet-ef. The provider comes after "--": <c>dotnet ef migrations add X -p ...Sqlite -s ...DbMigrator -- Sqlite</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TalentReformDbContext>
{
    public TalentReformDbContext CreateDbContext(string[] args)
    {
        var provider = args.Length > 0 ? Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true) : DatabaseProvider.Sqlite;
        var connectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=design-time.db"
            : "Server=localhost;Database=TalentReform;Trusted_Connection=True;TrustServerCertificate=True";
        var options = TalentReformDbContextOptions.Configure(new DbContextOptionsBuilder<TalentReformDbContext>(), provider, connectionString);
        return new TalentReformDbContext((DbContextOptions<TalentReformDbContext>)options.Options, new AnonymousCurrentUser(), new DataFilter(), TimeProvider.System);
    }
}
