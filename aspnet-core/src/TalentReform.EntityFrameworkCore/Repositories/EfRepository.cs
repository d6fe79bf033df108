using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TalentReform.Data;
using TalentReform.Entities;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Repositories;

/// <summary>Generic repository over the DbContext; the zone filter applies to every query it builds.</summary>
public class EfRepository<TEntity>(TalentReformDbContext dbContext) : IRepository<TEntity>
    where TEntity : class
{
    protected TalentReformDbContext DbContext { get; } = dbContext;

    protected DbSet<TEntity> Set => DbContext.Set<TEntity>();

    public IQueryable<TEntity> GetQueryable() => Set;

    public IQueryable<TEntity> GetDetachedQueryable() => Set.AsNoTrackingWithIdentityResolution();

    public Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Set.FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, cancellationToken);

    public async Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException("Entity:" + typeof(TEntity).Name, id);

    public Task<bool> AnyAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default) =>
        Set.AnyAsync(predicate, cancellationToken);

    public async Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        await Set.AddAsync(entity, cancellationToken);

    public Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        if (DbContext.Entry(entity).State == EntityState.Detached)
        {
            Set.Update(entity);
        }

        return Task.CompletedTask;
    }

    public Task TouchAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        var entry = DbContext.Entry(entity);
        if (entity is IHasConcurrencyStamp)
        {
            // Marks the row modified with its loaded stamp as the original value; ConcurrencyStamps then
            // issues UPDATE ... WHERE ConcurrencyStamp = <loaded> with a fresh stamp.
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).IsModified = true;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        return Task.CompletedTask;
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await DbContext.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException e) when (UniqueKeyViolations.Is(e))
        {
            throw new ConcurrencyConflictException();
        }
    }
}
