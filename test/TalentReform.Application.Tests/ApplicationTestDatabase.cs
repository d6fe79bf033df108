using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data.Seeding;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;
using TalentReform.Permissions;
using TalentReform.Users;

namespace TalentReform;

/// <summary>
/// One test's world: a private SQLite in-memory database restored from a template (migrated, base seed,
/// <see cref="SmallTestData"/>) built once per test process, and a service provider wired with the product's
/// own registrations (<c>AddTalentReformApplication</c>, <c>AddTalentReformEntityFrameworkCore</c>, Identity's
/// stores) as the host wires them, minus HTTP. Restoring takes milliseconds, so every test writes freely.
/// </summary>
public sealed class ApplicationTestDatabase : IAsyncDisposable
{
    /// <summary>
    /// EF Core's model and compiled queries, shared by all the providers of this process: each provider would
    /// otherwise build the same model again (a test-only setting; the host has one provider).
    /// </summary>
    private static readonly MemoryCache EfCache = new(new MemoryCacheOptions());

    private static readonly Lazy<Task<SqliteConnection>> Template = new(BuildTemplateAsync);

    private readonly SqliteConnection _keepAlive;

    public ServiceProvider Services { get; }

    /// <summary>Who calls the app services; a test sets the zone (null: the platform admin).</summary>
    public TestCurrentUser CurrentUser { get; } = new();

    private ApplicationTestDatabase(string connectionString, SqliteConnection keepAlive)
    {
        _keepAlive = keepAlive;
        Services = CreateServices(connectionString, CurrentUser);
    }

    public static async Task<ApplicationTestDatabase> CreateAsync()
    {
        var template = await Template.Value;
        var (connectionString, keepAlive) = await OpenAsync();
        template.BackupDatabase(keepAlive);
        return new ApplicationTestDatabase(connectionString, keepAlive);
    }

    /// <summary>Runs <paramref name="action"/> with one app service in a fresh scope, as one request would.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task WithAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    /// <summary>The product's registrations, as the host makes them (its composition root adds HTTP on top).</summary>
    internal static ServiceProvider CreateServices(string connectionString, ICurrentUser currentUser)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTalentReformApplication();
        services.AddTalentReformEntityFrameworkCore(DatabaseProvider.Sqlite, connectionString);
        services.ConfigureDbContext<TalentReformDbContext>(o => o.UseMemoryCache(EfCache));
        services.AddSingleton(currentUser);
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<TalentReformDbContext>();
        services.AddScoped<TalentReformDatabaseInitializer>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<SqliteConnection> BuildTemplateAsync()
    {
        var (connectionString, keepAlive) = await OpenAsync();
        await using var services = CreateServices(connectionString, new TestCurrentUser());
        await using (var scope = services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();
            await initializer.MigrateAsync();
            await initializer.SeedAsync(
                new SeedOptions { SeedDemoData = false, AdminPassword = TestData.Password },
                PermissionDefinitions.All.Select(p => p.Name).ToList());
        }

        await SmallTestDataSeeder.SeedAsync(services);
        return keepAlive;
    }

    private static async Task<(string ConnectionString, SqliteConnection KeepAlive)> OpenAsync()
    {
        var connectionString = $"Data Source=file:app-tests-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        return (connectionString, keepAlive);
    }
}

/// <summary>An <see cref="ICurrentUser"/> a test puts in a zone (or none: the platform admin).</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => true;
    public Guid? Id { get; set; } = Guid.Parse("3a1d0000-0000-0000-0000-0000000a00ff");
    public string? UserName { get; set; } = "application-tests";
    public Guid? ZoneId { get; set; }
    public IReadOnlyList<string> Roles { get; set; } = [];
}

/// <summary>Base of the app-service tests: a fresh database per test (xUnit makes an instance per test).</summary>
public abstract class ApplicationTestBase : IAsyncLifetime
{
    protected ApplicationTestDatabase Database { get; private set; } = null!;

    protected TestCurrentUser CurrentUser => Database.CurrentUser;

    public async Task InitializeAsync()
    {
        Database = await ApplicationTestDatabase.CreateAsync();
        CurrentUser.ZoneId = SmallTestData.Alpha.ZoneId;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
