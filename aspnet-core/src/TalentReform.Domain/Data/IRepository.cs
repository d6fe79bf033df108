using System.Linq.Expressions;

namespace TalentReform.Data;

/// <summary>
/// ABP-style generic repository. Queries are composed on <see cref="GetQueryable"/> and executed through
/// <see cref="IAsyncQueryableExecuter"/>, so the application layer never references EF Core.
/// </summary>
public interface IRepository<TEntity>
    where TEntity : class
{
    IQueryable<TEntity> GetQueryable();

    /// <summary>
    /// Like <see cref="GetQueryable"/>, but what it loads is not tracked: changes made to those objects are
    /// never saved. For what-if work on copies (a staffing plan's impact) and for read-only reports.
    /// </summary>
    IQueryable<TEntity> GetDetachedQueryable();

    Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Finds by id or throws <see cref="EntityNotFoundException"/> (404).</summary>
    Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(Expression<Func<TEntity, bool>> predicate, CancellationToken cancellationToken = default);

    Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the entity as changed even when nothing else changed, so its concurrency stamp moves on: a
    /// writer that read the old stamp concurrently then gets a conflict (409) instead of both succeeding.
    /// </summary>
    Task TouchAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task DeleteAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}
