namespace TalentReform.Benchmarks;

internal static class HostContentRoot
{
    /// <summary>Outside a test project WebApplicationFactory cannot find the host's content root by itself.</summary>
    public static void Configure()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "TalentReform.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_TALENTREFORM_HTTPAPI_HOST", Path.Combine(root.FullName, "aspnet-core", "src", "TalentReform.HttpApi.Host"));
    }
}
