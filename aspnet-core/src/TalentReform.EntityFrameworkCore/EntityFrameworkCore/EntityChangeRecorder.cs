using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TalentReform.Auditing;
using TalentReform.Entities;
using TalentReform.Identity;
using TalentReform.PersonalData;
using TalentReform.Users;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// Turns tracked changes of audited entities into <see cref="AuditLog"/> rows before they are saved.
/// Audited: aggregates, their audited parts (<see cref="IAuditedPart"/>, e.g. approval route steps), users, role
/// memberships and permission grants. Secrets are never copied, and personal values (<see cref="PersonalAttribute"/>)
/// are stored masked: the audit trail records that an ID number or phone changed, and must not become a second copy
/// of the register (ADR 0007).
/// </summary>
internal static class EntityChangeRecorder
{
    private static readonly HashSet<string> Hidden = [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp)];

    private static readonly HashSet<string> Noise =
        [nameof(AggregateRoot.ConcurrencyStamp), nameof(AppUser.NormalizedUserName), nameof(AppUser.NormalizedEmail), nameof(AppRole.NormalizedName)];

    public static List<AuditLog> Record(ChangeTracker tracker, ICurrentUser currentUser, DateTimeOffset now)
    {
        var logs = new List<AuditLog>();
        foreach (var entry in tracker.Entries().Where(e => IsAudited(e.Entity)).ToList())
        {
            if (ToChangeType(entry.State) is not { } changeType)
            {
                continue;
            }

            var zoneId = ZoneOf(entry.Entity, tracker, currentUser);
            var log = new AuditLog(Guid.NewGuid(), zoneId, currentUser.Id, currentUser.UserName, now,
                EntityTypeName(entry.Metadata.ClrType), KeyOf(entry), changeType);
            foreach (var property in entry.Properties)
            {
                AddChange(log, entry.Metadata.ClrType, property, changeType);
            }

            if (changeType != EntityChangeType.Updated || log.Changes.Count > 0)
            {
                logs.Add(log);
            }
        }

        return logs;
    }

    private static bool IsAudited(object entity) =>
        entity is AggregateRoot or IAuditedPart or AppUser or AppRole or PermissionGrant or IdentityUserRole<Guid>;

    /// <summary>A role membership belongs to its user's zone, so the zone's HR officers see it in their log.</summary>
    private static Guid? ZoneOf(object entity, ChangeTracker tracker, ICurrentUser currentUser) => entity switch
    {
        IMultiZone owned => owned.ZoneId,
        IdentityUserRole<Guid> link => tracker.Entries<AppUser>().FirstOrDefault(u => u.Entity.Id == link.UserId)?.Entity.ZoneId ?? currentUser.ZoneId,
        IAuditedPart part => tracker.Entries<AggregateRoot>().Select(e => e.Entity).FirstOrDefault(a => a.Id == part.AggregateId) is IMultiZone owner
            ? owner.ZoneId
            : currentUser.ZoneId,
        _ => currentUser.ZoneId,
    };

    /// <summary>"IdentityUserRole" rather than the CLR's "IdentityUserRole`1".</summary>
    private static string EntityTypeName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    private static EntityChangeType? ToChangeType(EntityState state) => state switch
    {
        EntityState.Added => EntityChangeType.Created,
        EntityState.Modified => EntityChangeType.Updated,
        EntityState.Deleted => EntityChangeType.Deleted,
        _ => null,
    };

    private static void AddChange(AuditLog log, Type entityType, PropertyEntry property, EntityChangeType changeType)
    {
        var name = property.Metadata.Name;
        if (Noise.Contains(name))
        {
            return;
        }

        var original = changeType == EntityChangeType.Created ? null : Format(property.OriginalValue);
        var current = changeType == EntityChangeType.Deleted ? null : Format(property.CurrentValue);
        if (changeType == EntityChangeType.Updated ? !property.IsModified || original == current : original is null && current is null)
        {
            return;
        }

        if (Hidden.Contains(name))
        {
            original = original is null ? null : "***";
            current = current is null ? null : "***";
        }
        else if (PersonalDataRegistry.KindOf(entityType, name) is { } kind)
        {
            original = PersonalDataMask.Mask(kind, original);
            current = PersonalDataMask.Mask(kind, current);
        }

        log.AddChange(name, original, current);
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
