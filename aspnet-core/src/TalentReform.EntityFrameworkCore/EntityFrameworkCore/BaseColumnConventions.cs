using Microsoft.EntityFrameworkCore;
using TalentReform.Entities;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// The columns every entity inherits from the base classes in <c>TalentReform.Entities</c>, configured once here
/// rather than in each entity's configuration, so that a new aggregate gets them right without repeating them.
/// <see cref="IMultiZone.ZoneId"/> and <see cref="IHasCreationTime.CreationTime"/> need nothing beyond EF's own
/// conventions; their indexes stay with each entity, which knows its queries.
/// </summary>
internal static class BaseColumnConventions
{
    /// <summary>A stamp is a Guid in "N" format (32 characters), with room to spare.</summary>
    public const int ConcurrencyStampMaxLength = 40;

    public static ModelBuilder ConfigureBaseColumns(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => t.BaseType is null && typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
        {
            // Checked by every update and delete: a stale copy gets a 409 (see ConcurrencyStamps).
            builder.Entity(entityType.ClrType).Property(nameof(AggregateRoot.ConcurrencyStamp))
                .HasMaxLength(ConcurrencyStampMaxLength)
                .IsConcurrencyToken();
        }

        return builder;
    }
}
