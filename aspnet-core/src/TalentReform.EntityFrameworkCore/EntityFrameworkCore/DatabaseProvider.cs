namespace TalentReform.EntityFrameworkCore;

/// <summary>Values of the configuration key <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
