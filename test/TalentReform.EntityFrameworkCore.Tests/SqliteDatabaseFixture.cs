using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;
using TalentReform.Users;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// A private in-memory SQLite database (shared cache, kept alive by one open connection) with the real
/// migrations applied (or, from <see cref="CreateSeededAsync"/>, a copy of the migrated and demo-seeded
/// <see cref="SeededDatabaseTemplate"/>), and a service provider wired like the DbMigrator's.
/// </summary>
public sealed class SqliteDatabaseFixture : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;

    public ServiceProvider Services { get; }

    /// <summary>Anonymous unless a test puts it in a zone (then the zone filter applies, as in a request).</summary>
    public ZoneCurrentUser CurrentUser { get; } = new();

    private SqliteDatabaseFixture(string connectionString, SqliteConnection keepAlive, Action<IServiceCollection>? configure)
    {
        _keepAlive = keepAlive;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTalentReformDomain();
        services.AddTalentReformEntityFrameworkCore(DatabaseProvider.Sqlite, connectionString);
        services.AddSingleton(CurrentUser);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<TalentReformDbContext>();
        services.AddScoped<TalentReformDatabaseInitializer>();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    /// <summary>A migrated, empty database.</summary>
    /// <param name="configure">Extra registrations, e.g. a command interceptor that injects a fault.</param>
    public static async Task<SqliteDatabaseFixture> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var fixture = await OpenAsync(configure);
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>().MigrateAsync();
        return fixture;
    }

    /// <summary>
    /// The database as the seed leaves it (roles, grants, admin, calendar, the three demo zones), restored from
    /// the template instead of seeded again: the seed as a whole is the subject of <see cref="DemoSeedTests"/> only.
    /// </summary>
    public static async Task<SqliteDatabaseFixture> CreateSeededAsync(Action<IServiceCollection>? configure = null)
    {
        var fixture = await OpenAsync(configure);
        SeededDatabaseTemplate.RestoreInto(fixture._keepAlive);
        return fixture;
    }

    private static async Task<SqliteDatabaseFixture> OpenAsync(Action<IServiceCollection>? configure)
    {
        var connectionString = $"Data Source=file:tr-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        return new SqliteDatabaseFixture(connectionString, keepAlive, configure);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }
}

/// <summary>An <see cref="ICurrentUser"/> whose zone a test sets.</summary>
public sealed class ZoneCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => ZoneId is not null;
    public Guid? Id => null;
    public string? UserName => null;
    public Guid? ZoneId { get; set; }
    public IReadOnlyList<string> Roles => [];
}
