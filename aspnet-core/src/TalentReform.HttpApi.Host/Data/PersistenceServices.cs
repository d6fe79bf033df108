using TalentReform.EntityFrameworkCore;
using TalentReform.Configuration;

namespace TalentReform.Data;

/// <summary>The database: the configured provider and connection, its initializer and its health check.</summary>
public static class PersistenceServices
{
    public static WebApplicationBuilder AddTalentReformPersistence(this WebApplicationBuilder builder)
    {
        var provider = builder.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section).Provider;
        var connectionString = builder.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionStrings.Prepare(connectionString, builder.Environment.ContentRootPath);
        }

        builder.Services.AddTalentReformEntityFrameworkCore(provider, connectionString);
        builder.Services.AddScoped<TalentReformDatabaseInitializer>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TalentReformDbContext>("database");
        return builder;
    }
}
