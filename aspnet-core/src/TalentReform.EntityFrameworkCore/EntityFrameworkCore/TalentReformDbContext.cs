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
        builder.ConfigureBaseColumns();
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

    /// <summary>
    /// Saves the tracked changes and their audit rows in one transaction: the caller's (a unit of work), or one
    /// opened here through the provider's execution strategy. On SQLite the audit rows (and, inside a unit of
    /// work, the added rows) go through <see cref="SqliteRowWriter"/>; elsewhere they are tracked like any
    /// entity (EF batches them on SQL Server).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (detect, logs) = BeforeSave();
        try
        {
            if (logs.Count == 0 || !Database.IsSqlite())
            {
                AuditLogs.AddRange(logs);
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (Database.CurrentTransaction is not null)
            {
                // Inside a unit of work: the added rows and the audit rows go in by prepared inserts.
                var inserted = await SqliteRowWriter.InsertAddedAsync(this, cancellationToken);
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await SqliteRowWriter.WriteAuditAsync(this, logs, cancellationToken);
                return saved + inserted;
            }

            return await Database.CreateExecutionStrategy().ExecuteAsync(
                async ct =>
                {
                    await using var transaction = await Database.BeginTransactionAsync(ct);
                    var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                    await SqliteRowWriter.WriteAuditAsync(this, logs, ct);
                    await transaction.CommitAsync(ct);
                    if (acceptAllChangesOnSuccess)
                    {
                        ChangeTracker.AcceptAllChanges();
                    }

                    return saved;
                },
                cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// The same pipeline as <see cref="SaveChangesAsync(bool, CancellationToken)"/>: one place stamps, audits and writes
    /// (a second, synchronous copy had already drifted: it skipped <see cref="SqliteRowWriter"/> for the added rows).
    /// Nothing of ours saves synchronously; a library that does gets the same behaviour, run off the caller's
    /// synchronization context so that blocking on it cannot deadlock.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Task.Run(() => SaveChangesAsync(acceptAllChangesOnSuccess)).GetAwaiter().GetResult();

    /// <summary>
    /// Detects the changes once, then stamps them and builds their audit rows with automatic detection off:
    /// every <c>Entries()</c> call (and SaveChanges itself) would otherwise scan the whole tracker again, which
    /// adds up when a staffing plan's apply tracks a zone and thousands of new rows. Returns the setting to
    /// restore afterwards and the audit rows, which <see cref="SqliteRowWriter"/> writes untracked on SQLite.
    /// </summary>
    private (bool Detect, List<AuditLog> Logs) BeforeSave()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        ConcurrencyStamps.Apply(ChangeTracker);
        return (detect, EntityChangeRecorder.Record(ChangeTracker, currentUser, clock.GetUtcNow()));
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
