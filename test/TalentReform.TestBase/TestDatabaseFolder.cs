namespace TalentReform;

/// <summary>
/// Where test hosts and fixtures keep their SQLite files: a folder in RAM-backed /dev/shm when the machine has
/// one, else the temp folder. SQLite syncs its journal to disk on every commit; on a shared disk those syncs,
/// and copying the 20 MB template for every host, were a large part of the HTTP suite's wall time. The tests
/// check what the host does with its database, not that the disk keeps it after a power cut, so RAM is enough.
/// <c>TALENTREFORM_TEST_DB_DIR</c> overrides the choice.
/// </summary>
public static class TestDatabaseFolder
{
    private const string RamFolder = "/dev/shm";

    public static string Path { get; } = Resolve();

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("TALENTREFORM_TEST_DB_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.CreateDirectory(configured).FullName;
        }

        if (Directory.Exists(RamFolder))
        {
            try
            {
                return Directory.CreateDirectory(System.IO.Path.Combine(RamFolder, "talentreform-tests")).FullName;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not writable for this account: the temp folder works everywhere.
            }
        }

        return System.IO.Path.GetTempPath();
    }
}
