using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// Recognises a unique-index violation on save. Every unique rule is checked before the write, so a violation
/// at save time means a concurrent request wrote the same key first (two decisions on one step, two posts with
/// one code): a conflict (409), not a server error.
/// </summary>
internal static class UniqueKeyViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    // SQL Server: 2601 duplicate key in a unique index, 2627 unique constraint or primary key.
    private static readonly int[] SqlServerNumbers = [2601, 2627];

    public static bool Is(DbUpdateException exception) => exception.InnerException is { } inner && Is(inner);

    /// <summary>The provider's own exception (raw SQL throws it unwrapped).</summary>
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateException update => Is(update),
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sqlServer => SqlServerNumbers.Contains(sqlServer.Number),
        _ => false,
    };
}
