namespace TalentReform.Data;

/// <summary>Runs a composed query asynchronously (implemented with EF Core's async operators).</summary>
public interface IAsyncQueryableExecuter
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);
}
