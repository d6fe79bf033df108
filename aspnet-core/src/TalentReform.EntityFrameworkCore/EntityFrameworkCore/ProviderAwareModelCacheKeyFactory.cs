using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// The model differs by provider (SQLite stores DateTimeOffset as ticks), so one process that uses both
/// (the SQL Server script test) must not share one cached model.
/// </summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
