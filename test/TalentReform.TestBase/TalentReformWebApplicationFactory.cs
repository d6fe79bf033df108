using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentReform.Account;

namespace TalentReform;

/// <summary>
/// The real host (environment "Testing") on a SQLite file of its own, deleted on dispose. The file starts as a
/// copy of the <see cref="SeededDatabaseTemplate"/> (migrated, demo data seeded), so the host skips its start-up
/// migration and seed unless a subclass asks for them (<see cref="MigratesAndSeedsOnStart"/>): that pass would find
/// nothing to do (SeededDatabaseTemplateTests proves it on a copy) and only cost each test class's host CPU. One instance per test class
/// (IClassFixture) keeps classes apart: no class sees another's writes.
/// </summary>
public class TalentReformWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string EnvironmentName = "Testing";
    public const string SigningKey = "talentreform-http-tests-signing-key-0123456789abcdef";

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly bool _fromTemplate;

    public TalentReformWebApplicationFactory()
        : this(fromTemplate: true)
    {
    }

    private TalentReformWebApplicationFactory(bool fromTemplate) => _fromTemplate = fromTemplate;

    /// <summary>
    /// PBKDF2 iterations of the password hashes this host writes (the seeded users' too, as the template is built by
    /// such a host). ASP.NET Identity's default, 100,000 (kept by the product: see PasswordHashingTests), costs about
    /// 50 ms of CPU per sign-in, and the HTTP tests sign in some 300 times. A hash records its own count, so
    /// verifying works the same way at any count.
    /// </summary>
    public const int TestPasswordHashIterations = 1_000;

    public string DatabasePath => Path.Combine(TestDatabaseFolder.Path, $"talentreform-tests-{_instance}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

    /// <summary>The host's configuration; a subclass changes a value by overriding and editing the base's dictionary.</summary>
    protected virtual IDictionary<string, string?> GetSettings() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Database:Provider"] = "Sqlite",
        ["Database:MigrateOnStart"] = (MigratesAndSeedsOnStart || !_fromTemplate) ? "true" : "false",
        ["App:SeedDemoData"] = "true",
        ["Jobs:Enabled"] = "false",
        ["App:SpaRoot"] = Path.Combine(Path.GetTempPath(), $"talentreform-tests-{_instance}-no-spa"),
        ["Auth:Jwt:SigningKey"] = SigningKey,
        ["RateLimiting:SignIn:PermitLimit"] = "1000",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Path.GetTempPath(), "talentreform-tests-logs", "host-.log"),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Settings travel as host configuration (command-line arguments of Program), so they are visible to
        // everything Program reads before Build(), such as the connection string.
        foreach (var (key, value) in GetSettings())
        {
            builder.UseSetting(key, value);
        }

        if (UsesTestPasswordHashing)
        {
            builder.ConfigureServices(services =>
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashIterations));
        }
    }

    /// <summary>
    /// True for a host that runs the start-up migration and seed on its copy of the template as the product does on
    /// every start. A host on an empty file (the template's own build) always does.
    /// </summary>
    protected virtual bool MigratesAndSeedsOnStart => false;

    /// <summary>False for a host that must hash passwords exactly as the product does.</summary>
    protected virtual bool UsesTestPasswordHashing => true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_fromTemplate)
        {
            SeededDatabaseTemplate.CopyTo(DatabasePath);
        }

        return base.CreateHost(builder);
    }

    /// <summary>
    /// Starts a host on an empty file, which migrates and seeds it, and saves the result at
    /// <paramref name="destination"/> with SQLite's backup API (one consistent file, no journal).
    /// </summary>
    internal static void BuildSeededDatabase(string destination)
    {
        using var factory = new TalentReformWebApplicationFactory(fromTemplate: false);
        _ = factory.Server;
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabasePath, Pooling = false }.ToString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>A client without credentials and without cookies.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client that keeps cookies, like a browser (cookie sign-in, XSRF-TOKEN).</summary>
    public HttpClient CreateCookieClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client carrying a bearer token freshly issued by POST /api/account/token.</summary>
    public async Task<HttpClient> CreateClientAsync(string userName, string password = TestData.Password)
    {
        var token = await GetAccessTokenAsync(userName, password);
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> GetAccessTokenAsync(string userName, string password = TestData.Password)
    {
        using var client = CreateAnonymousClient();
        using var response = await client.PostJsonAsync("/api/account/token", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Sign-in of '{userName}' failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.ReadJsonAsync<AccessTokenDto>()).AccessToken;
    }

    /// <summary>Both Dispose() and DisposeAsync() end here, after the host has stopped.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDatabase();
        }
    }

    private void DeleteDatabase()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
