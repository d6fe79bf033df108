namespace TalentReform.Planning.Approval;

/// <summary>The Identity module's answer to "who decides": active users of a zone by role, and which ids belong to the zone.</summary>
public interface IApproverDirectory
{
    Task<IReadOnlyList<Guid>> GetUsersInRoleAsync(Guid zoneId, string roleName, CancellationToken cancellationToken = default);

    /// <summary>Those of <paramref name="userIds"/> that are active users of the zone.</summary>
    Task<IReadOnlyList<Guid>> FilterZoneUsersAsync(Guid zoneId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    Task<bool> RoleExistsAsync(string roleName, CancellationToken cancellationToken = default);

    /// <summary>Whether the role's grants include <paramref name="permission"/>.</summary>
    Task<bool> RoleHoldsPermissionAsync(string roleName, string permission, CancellationToken cancellationToken = default);

    /// <summary>Those of <paramref name="userIds"/> who hold <paramref name="permission"/> neither through a role nor by their own grant.</summary>
    Task<IReadOnlyList<Guid>> FilterUsersWithoutPermissionAsync(IReadOnlyCollection<Guid> userIds, string permission, CancellationToken cancellationToken = default);

    /// <summary>The display names of <paramref name="userIds"/> (for messages), in the given order.</summary>
    Task<IReadOnlyList<string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
