using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using TalentReform.Auditing;
using TalentReform.Zones;
using Xunit;

namespace TalentReform.EntityFrameworkCore.Tests;

/// <summary>
/// The synchronous and the asynchronous save are one pipeline: whichever a caller (or a library) uses, in its own
/// transaction or in the caller's, the rows, the audit trail, the renewed stamp and the check of a supplied stamp
/// are the same.
/// </summary>
public class SaveChangesPipelineTests : IAsyncLifetime
{
    private SqliteDatabaseFixture _database = null!;

    public async Task InitializeAsync() => _database = await SqliteDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_save_stamps_audits_and_checks_the_supplied_stamp_the_same_way_sync_or_async(bool sync, bool inCallersTransaction)
    {
        // Arrange: a new zone, then a rename with the stamp the client read.
        var id = Guid.NewGuid();
        await SaveAsync(sync, inCallersTransaction, db => db.Zones.Add(new Zone(id, $"t{id:N}"[..12], "测试区", "Test zone", "辽宁", new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow)));
        var created = await ReadAsync(db => db.Zones.AsNoTracking().SingleAsync(z => z.Id == id));

        // Act
        await SaveAsync(sync, inCallersTransaction, db =>
        {
            var zone = db.Zones.Single(z => z.Id == id);
            zone.ConcurrencyStamp = created.ConcurrencyStamp;
            zone.Rename("改名区", "Renamed zone");
        });
        var stale = () => SaveAsync(sync, inCallersTransaction, db => db.Zones.Single(z => z.Id == id).ConcurrencyStamp = created.ConcurrencyStamp);

        // Assert: stored, stamp renewed, both changes audited; the stamp read before the rename is refused even by a no-op save.
        var renamed = await ReadAsync(db => db.Zones.AsNoTracking().SingleAsync(z => z.Id == id));
        renamed.NameZh.ShouldBe("改名区");
        renamed.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        var logs = await ReadAsync(db => db.AuditLogs.AsNoTracking().Include(l => l.Changes).Where(l => l.EntityId == id.ToString()).ToListAsync());
        logs.Select(l => l.ChangeType).ShouldBe([EntityChangeType.Created, EntityChangeType.Updated], ignoreOrder: true);
        logs.Single(l => l.ChangeType == EntityChangeType.Updated).Changes.Select(c => c.PropertyName).ShouldBe(["NameEn", "NameZh"], ignoreOrder: true);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(stale);
    }

    private async Task SaveAsync(bool sync, bool inCallersTransaction, Action<TalentReformDbContext> change)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentReformDbContext>();
        await using var transaction = inCallersTransaction ? await db.Database.BeginTransactionAsync() : null;
        change(db);
        if (sync)
        {
            db.SaveChanges();
        }
        else
        {
            await db.SaveChangesAsync();
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    private async Task<T> ReadAsync<T>(Func<TalentReformDbContext, Task<T>> read)
    {
        await using var scope = _database.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TalentReformDbContext>());
    }
}
