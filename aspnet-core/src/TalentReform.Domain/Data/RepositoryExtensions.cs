namespace TalentReform.Data;

public static class RepositoryExtensions
{
    /// <summary>The tracked queryable (changes are saved) or the detached one (copies for what-if work).</summary>
    public static IQueryable<TEntity> Queryable<TEntity>(this IRepository<TEntity> repository, bool tracked)
        where TEntity : class => tracked ? repository.GetQueryable() : repository.GetDetachedQueryable();
}
