namespace TalentReform.Users;

/// <summary>The signed-in user of the current request (or none).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }

    /// <summary>The user's zone; null for the platform admin and anonymous callers.</summary>
    Guid? ZoneId { get; }
    IReadOnlyList<string> Roles { get; }
}
