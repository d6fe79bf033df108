using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using TalentReform;
using TalentReform.Data.Seeding;
using TalentReform.EntityFrameworkCore;
using TalentReform.Permissions;
using TalentReform.Users;

// Applies the migrations of the configured provider and seeds. Demo data only when asked:
//   dotnet run --project aspnet-core/src/TalentReform.DbMigrator -- --App:SeedDemoData=true
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables().AddCommandLine(args);
builder.Services.AddSerilog();

var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
if (provider == DatabaseProvider.Sqlite)
{
    connectionString = SqliteConnectionStrings.Prepare(connectionString, Directory.GetCurrentDirectory());
}

builder.Services.AddTalentReformDomain();
builder.Services.AddTalentReformEntityFrameworkCore(provider, connectionString);
builder.Services.AddSingleton<ICurrentUser, AnonymousCurrentUser>();
builder.Services.AddLogging();
builder.Services.AddIdentityCore<TalentReform.Identity.AppUser>()
    .AddRoles<TalentReform.Identity.AppRole>()
    .AddEntityFrameworkStores<TalentReformDbContext>();
builder.Services.AddScoped<TalentReformDatabaseInitializer>();

using var host = builder.Build();
await using var scope = host.Services.CreateAsyncScope();
var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();
Log.Information("Migrating the {Provider} database", provider);
await initializer.MigrateAsync();
await initializer.SeedAsync(
    new SeedOptions
    {
        SeedDemoData = builder.Configuration.GetValue("App:SeedDemoData", false),
        AdminPassword = builder.Configuration["App:AdminPassword"],
    },
    PermissionDefinitions.All.Select(p => p.Name).ToList());
Log.Information("Done");
