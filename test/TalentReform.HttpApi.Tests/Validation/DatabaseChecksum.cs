using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TalentReform.Validation;

/// <summary>
/// A hash of every row of every table of a factory's SQLite file, per table and ordered by primary key, to
/// prove that refused requests wrote nothing at all (no row, no audit entry, no changed stamp).
/// </summary>
public static class DatabaseChecksum
{
    public static async Task<IReadOnlyDictionary<string, string>> ComputeAsync(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ReadColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            hashes[table] = await HashTableAsync(connection, table);
        }

        return hashes;
    }

    /// <summary>The tables whose hash differs between two checksums (or exists in only one).</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<string> HashTableAsync(SqliteConnection connection, string table)
    {
        var keys = await ReadColumnAsync(connection, $"SELECT name FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}') WHERE pk > 0 ORDER BY pk");
        var orderBy = keys.Count > 0 ? string.Join(", ", keys.Select(Quote)) : "rowid";
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(table)} ORDER BY {orderBy}";
        await using var reader = await command.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                var bytes = value switch
                {
                    byte[] blob => blob,
                    DBNull => "\u2400"u8.ToArray(),
                    _ => Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
                };
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
        }

        return $"{rows}:{Convert.ToHexString(hash.GetHashAndReset())}";
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<List<string>> ReadColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
