using System.Linq.Expressions;
using TalentReform.Data;
using TalentReform.Entities;

namespace TalentReform.Fakes;

/// <summary>A list behind the repository interface, so domain services run without a database (one zone only).</summary>
internal class InMemoryRepository<TEntity> : IRepository<TEntity>
    where TEntity : Entity
{
    protected List<TEntity> Items { get; } = [];

    public IQueryable<TEntity> GetQueryable() => Items.AsQueryable();

    // Lists hold the objects themselves; detached copies are only needed with a change tracker.
    public IQueryable<TEntity> GetDetachedQueryable() => Items.AsQueryable();

    public Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.FirstOrDefault(e => e.Id == id));

    public async Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException("Entity:" + typeof(TEntity).Name, id);

    public Task<bool> AnyAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Any(predicate.Compile()));

    public Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        Items.Add(entity);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task TouchAsync(TEntity entity, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default)
    {
        Items.Remove(entity);
        return Task.CompletedTask;
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
