using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using TalentReform.Talents;

namespace TalentReform;

/// <summary>
/// The SQLite file a test host leaves after migrating and seeding the demo zones, built once and copied for
/// each test host or database fixture: migrating and seeding costs seconds of CPU, a copy milliseconds.
/// <para>
/// It lives in the temp folder under a key of the product assemblies (migrations, model, seeders, host, by
/// their module version ids, which change with every change of their code) and of today's date in China (the
/// demo data is dated relative to today), so test processes of one build share it and a stale one is never
/// used. The first process to need it builds it under a file lock; templates nobody copied for a while are
/// deleted then.
/// </para>
/// </summary>
public static class SeededDatabaseTemplate
{
    private const string FilePrefix = "talentreform-tests-template-";
    private static readonly TimeSpan UnusedFor = TimeSpan.FromHours(2);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);
    private static readonly object Gate = new();
    private static string? _path;

    /// <summary>Copies the template to <paramref name="destination"/> (replacing it), building the template first if needed.</summary>
    public static void CopyTo(string destination) => Use(template => File.Copy(template, destination, overwrite: true));

    /// <summary>Restores the template into an open connection (e.g. a private in-memory database).</summary>
    public static void RestoreInto(SqliteConnection destination) => Use(template =>
    {
        using var source = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = template, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();
        source.BackupDatabase(destination);
    });

    private static void Use(Action<string> read)
    {
        try
        {
            Read(GetPath(), read);
        }
        catch (FileNotFoundException)
        {
            // Another test run deleted it as unused between our check and our read: build it again.
            lock (Gate)
            {
                _path = null;
            }

            Read(GetPath(), read);
        }
    }

    private static void Read(string template, Action<string> read)
    {
        // Marks it as in use first (this throws if it is gone), so another run's clean-up leaves it alone.
        try
        {
            File.SetLastWriteTimeUtc(template, DateTime.UtcNow);
        }
        catch (UnauthorizedAccessException)
        {
            // Built by another account: still readable, only its clean-up clock is not ours to reset.
        }

        read(template);
    }

    /// <summary>The template's path, built by this call if no process has built it for this key yet.</summary>
    public static string GetPath()
    {
        lock (Gate)
        {
            if (_path is not null && File.Exists(_path))
            {
                return _path;
            }

            var path = Path.Combine(Path.GetTempPath(), $"{FilePrefix}{Key()}.db");
            if (!File.Exists(path))
            {
                using var _ = AcquireFileLock(path + ".lock");
                if (!File.Exists(path))
                {
                    DeleteUnusedTemplates(path);
                    var building = $"{path}.{Guid.NewGuid():N}.building";
                    try
                    {
                        TalentReformWebApplicationFactory.BuildSeededDatabase(building);
                        File.Move(building, path, overwrite: true);
                    }
                    finally
                    {
                        File.Delete(building);
                    }
                }
            }

            _path = path;
            return path;
        }
    }

    /// <summary>
    /// A hash of the module version ids of the product assemblies beside the tests, of the China date and of the
    /// test hosts' password hash iterations (the seeded users' hashes carry them).
    /// </summary>
    private static string Key()
    {
        var text = new StringBuilder(TimeProvider.System.ChinaToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append("|pbkdf2=").Append(TalentReformWebApplicationFactory.TestPasswordHashIterations);
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "TalentReform.*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Test", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in assemblies)
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            text.Append('|').Append(Path.GetFileName(file)).Append('=').Append(metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>An exclusive lock between test processes (FileShare.None is an flock on Linux).</summary>
    private static FileStream AcquireFileLock(string path)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>Templates of other builds or days that no run has copied for a while (a run in progress touches its own).</summary>
    private static void DeleteUnusedTemplates(string current)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(current)!, FilePrefix + "*"))
        {
            if (!file.StartsWith(current, StringComparison.Ordinal) && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > UnusedFor)
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another process is deleting it too.
                }
            }
        }
    }
}
