using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TalentReform.Auditing;

namespace TalentReform.EntityFrameworkCore;

/// <summary>
/// Inserts rows on SQLite with one prepared INSERT per table, re-bound for each row, inside the current
/// transaction. SQLite gets no statement batching from EF, so a big save (a staffing plan's apply, an Excel
/// import: thousands of new rows and about five audit rows per changed entity) spends most of its time in EF's
/// per-row pipeline rather than in the database. Used for the audit rows and, inside a unit of work, for the
/// added entities. Columns, names and value conversions come from the EF model and its type mappings (what
/// EF uses for its own parameters), so the rows are exactly those EF would have written.
/// </summary>
internal static class SqliteRowWriter
{
    /// <summary>The audit rows of a save (logs first, then their property changes).</summary>
    public static async Task WriteAuditAsync(DbContext db, IReadOnlyList<AuditLog> logs, CancellationToken cancellationToken)
    {
        await InsertAsync(db, db.Model.FindEntityType(typeof(AuditLog))!, logs.Cast<object>().ToList(), null, cancellationToken);
        await InsertAsync(db, db.Model.FindEntityType(typeof(AuditLogChange))!, logs.SelectMany(l => l.Changes).Cast<object>().ToList(), null, cancellationToken);
    }

    /// <summary>
    /// Inserts every added entity, principals before dependents (by the model's foreign keys), and marks them
    /// unchanged, so EF's own save then only updates and deletes. Only inside the caller's transaction: if the
    /// save fails, the caller rolls back and forgets the tracked state (see EfUnitOfWork).
    /// </summary>
    /// <returns>How many rows were inserted.</returns>
    public static async Task<int> InsertAddedAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Types whose rows the database completes (identity columns: temporary values) or that share a table stay with EF.
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata)
            .Where(g => !g.Key.IsOwned() && g.All(e => !e.Properties.Any(p => p.IsTemporary)))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var type in PrincipalsFirst(added.Keys))
        {
            var entries = added[type];
            await InsertAsync(db, type, entries.Select(e => e.Entity).ToList(), entries, cancellationToken);
            entries.ForEach(e => e.State = EntityState.Unchanged);
        }

        return added.Values.Sum(entries => entries.Count);
    }

    private static List<IEntityType> PrincipalsFirst(IReadOnlyCollection<IEntityType> types)
    {
        var ordered = new List<IEntityType>();
        var pending = types.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !pending.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("Cyclic foreign keys between added entities.");
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }

    private static async Task InsertAsync(
        DbContext db, IEntityType entityType, IReadOnlyList<object> rows, IReadOnlyList<EntityEntry>? entries, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null)
            .ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the save's transaction.");
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@a" + i))})";

        // Values are read like EF reads them (CLR getter, or the tracked value of a shadow property) and converted
        // by the property's mapping; the parameters are created once by the mappings and then only re-valued.
        object? ValueOf(int row, int column)
        {
            var property = columns[column].Property;
            return property.IsShadowProperty() ? entries![row].Property(property.Name).CurrentValue : property.GetGetter().GetClrValue(rows[row]);
        }

        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(columns[i].Mapping.CreateParameter(command, "a" + i, ValueOf(0, i), columns[i].Property.IsNullable));
        }

        await command.PrepareAsync(cancellationToken);
        for (var row = 0; row < rows.Count; row++)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = ValueOf(row, i);
                if (value is not null && columns[i].Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                command.Parameters[i].Value = value ?? DBNull.Value;
            }

            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                // As EF reports it, so a unique-key race still answers 409 (see UniqueKeyViolations).
                throw new DbUpdateException($"Inserting into {table.Name} failed.", e);
            }
        }
    }
}
