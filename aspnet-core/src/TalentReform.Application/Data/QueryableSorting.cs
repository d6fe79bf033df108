using System.Linq.Expressions;

namespace TalentReform.Data;

/// <summary>
/// Applies ABP-style sorting text ("name", "name desc") against a whitelist of sortable keys, so a
/// client can never sort by an arbitrary (or sensitive) column. Unknown keys are ignored.
/// </summary>
public sealed class QueryableSorting<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _keys = new(StringComparer.OrdinalIgnoreCase);

    public QueryableSorting<T> Add<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        _keys[key] = (query, descending) => descending ? query.OrderByDescending(selector) : query.OrderBy(selector);
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, string? sorting, string defaultKey)
    {
        var (key, descending) = Parse(sorting);
        if (key is null || !_keys.TryGetValue(key, out var order))
        {
            return _keys[defaultKey](query, false);
        }

        return order(query, descending);
    }

    private static (string? Key, bool Descending) Parse(string? sorting)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return (null, false);
        }

        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        return (parts[0], descending);
    }
}
