using System.ComponentModel.DataAnnotations;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Configuration;

/// <summary>The "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Unset: on with SQLite (the embedded database), off elsewhere (the DbMigrator applies migrations).</summary>
    public bool? MigrateOnStart { get; set; }

    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DatabaseProvider.Sqlite;
}
