namespace TalentReform.Users;

/// <summary>No signed-in user: console tools (DbMigrator) and background work outside a request.</summary>
public sealed class AnonymousCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => null;
    public Guid? ZoneId => null;
    public IReadOnlyList<string> Roles => [];
}
