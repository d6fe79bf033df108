using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentReform.Auditing;
using TalentReform.Data;
using TalentReform.Entities;
using TalentReform.Identity;
using TalentReform.Users;
using TalentReform.Zones;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// The one DbContext. Zone-owned rows are filtered to the current user's zone; every save stamps
/// concurrency tokens and writes the audit log in the same transaction.
/// </summary>
public class TalentReformDbContext(
    DbContextOptions<TalentReformDbContext> options,
    ICurrentUser currentUser,
    IDataFilter dataFilter,
    TimeProvider clock)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public const string TablePrefix = "Tr";

    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    // Read by the global query filters at query time (EF parameterizes context members).
    protected Guid? CurrentZoneId => currentUser.ZoneId;
    protected bool IsZoneFilterEnabled => dataFilter.IsZoneFilterEnabled;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TalentReformDbContext).Assembly);
        IdentityTableNames.Apply(builder);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(IMultiZone).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(BuildZoneFilter(entityType.ClrType));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; all our times are UTC, so ticks order correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void BeforeSave()
    {
        ChangeTracker.DetectChanges();
        ConcurrencyStamps.Apply(ChangeTracker);
        var logs = EntityChangeRecorder.Record(ChangeTracker, currentUser, clock.GetUtcNow());
        AuditLogs.AddRange(logs);
    }

    private LambdaExpression BuildZoneFilter(Type entityType)
    {
        var method = typeof(TalentReformDbContext).GetMethod(nameof(ZoneFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return (LambdaExpression)method.MakeGenericMethod(entityType).Invoke(this, null)!;
    }

    private Expression<Func<TEntity, bool>> ZoneFilter<TEntity>()
        where TEntity : IMultiZone =>
        e => !IsZoneFilterEnabled || e.ZoneId == CurrentZoneId;
}
