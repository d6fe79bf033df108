using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Shouldly;
using TalentReform.Data;
using TalentReform.Users;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// No SQL Server runs here, so its migrations are checked without one: the idempotent script is
/// generated from the real migrations and must parse as T-SQL; and no provider may have model changes
/// that no migration covers.
/// </summary>
public class MigrationTests
{
    [Fact]
    public void Sql_server_idempotent_script_parses_without_errors()
    {
        using var context = CreateContext(DatabaseProvider.SqlServer);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        script.ShouldContain("CREATE TABLE [TrZones]");
        script.ShouldContain("CREATE TABLE [TrAuditLogs]");
    }

    [Fact]
    public void The_parser_does_report_broken_sql()
    {
        // Guards the check above: a truncated statement must be reported.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("CREATE TABLE [TrBroken] ([Id] uniqueidentifier NOT NULL,");
        parser.Parse(reader, out var errors);

        errors.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_model_change_is_covered_by_a_migration(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        context.Database.HasPendingModelChanges().ShouldBeFalse(
            $"The model has changes that no {provider} migration covers: run etc/scripts/add-migration.sh <Name>.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Each_provider_has_its_own_migrations(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        var migrations = context.Database.GetMigrations().ToList();

        migrations.ShouldNotBeEmpty();
        migrations.ShouldContain(m => m.EndsWith("_Initial"));
    }

    private static TalentReformDbContext CreateContext(DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : "Server=(unused);Database=TalentReform;Trusted_Connection=True;TrustServerCertificate=True";
        var options = TalentReformDbContextOptions.Configure(new DbContextOptionsBuilder<TalentReformDbContext>(), provider, connectionString);
        return new TalentReformDbContext((DbContextOptions<TalentReformDbContext>)options.Options, new AnonymousCurrentUser(), new DataFilter(), TimeProvider.System);
    }
}
