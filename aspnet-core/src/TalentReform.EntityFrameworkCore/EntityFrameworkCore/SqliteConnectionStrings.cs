using Microsoft.Data.Sqlite;

namespace TalentReform.EntityFrameworkCore;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// Resolves a relative database file against the content root (so the database does not move with the
    /// working directory) and creates its folder (App_Data), so a fresh clone starts without set-up.
    /// </summary>
    public static string Prepare(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        if (!Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
