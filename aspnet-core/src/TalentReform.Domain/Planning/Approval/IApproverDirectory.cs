namespace TalentReform.Planning.Approval;

/// <summary>The Identity module's answer to "who decides": active users of a zone by role, and which ids belong to the zone.</summary>
public interface IApproverDirectory
{
    Task<IReadOnlyList<Guid>> GetUsersInRoleAsync(Guid zoneId, string roleName, CancellationToken cancellationToken = default);

    /// <summary>Those of <paramref name="userIds"/> that are active users of the zone.</summary>
    Task<IReadOnlyList<Guid>> FilterZoneUsersAsync(Guid zoneId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    Task<bool> RoleExistsAsync(string roleName, CancellationToken cancellationToken = default);
}
