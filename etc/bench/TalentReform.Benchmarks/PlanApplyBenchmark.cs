using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Data.Seeding;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Permissions;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Staffing;
using TalentReform.Users;

namespace TalentReform.Benchmarks;

/// <summary>
/// Issue 4's target: applying a plan of 1,000 changes on the largest demo zone (Dalian) takes no more than
/// about twice the time of writing the same rows in one raw transaction. The apply runs through the product's
/// PlanApplyRunner (load the zone, check the base versions, run the changes, rule check, history, audit, one
/// save in one transaction) on a SQLite file; every write command it sends is recorded, and the baseline
/// replays exactly those commands — the same rows — through plain ADO.NET in one transaction on a copy of
/// the same database. Each side runs on a fresh copy of the pre-apply database; the median of the runs counts.
/// </summary>
internal static class PlanApplyBenchmark
{
    private static readonly Guid Zone = DemoZones.Dalian.Id;

    // One instance of each interceptor for every run: interceptors are part of EF's options, so new instances
    // would give each run a new internal service provider with cold caches — unlike a running host.
    private static readonly WriteRecorder Recorder = new();
    private static readonly SaveTimer Timer = new();

    /// <summary>Runs before the timed ones, so both sides are measured with their code fully optimised (tiered JIT), as in a running host.</summary>
    private const int WarmupRuns = 5;

    public static async Task RunAsync(int runs)
    {
        var work = Directory.CreateTempSubdirectory("tr-apply-bench-");
        var prepared = Path.Combine(work.FullName, "prepared.db");
        var watch = Stopwatch.StartNew();
        var (planId, changeCount) = await PrepareAsync(prepared);
        Console.WriteLine($"Prepared the demo database and an approved plan of {changeCount} changes in {watch.ElapsedMilliseconds} ms");

        var applyTimes = new List<double>();
        var rawTimes = new List<double>();
        List<RecordedCommand>? recorded = null;
        for (var run = 0; run < WarmupRuns + runs; run++)
        {
            // Run 0 (the warm-up) records the apply's write commands; the timed runs carry no recorder.
            var applied = Copy(prepared, work, $"apply-{run}.db");
            var (applyMs, commands) = await ApplyAsync(applied, planId, record: run == 0);
            recorded ??= [.. await InsertedRowsAsync(prepared, applied), .. commands];
            var rawMs = await ReplayAsync(Copy(prepared, work, $"raw-{run}.db"), recorded);

            if (run >= WarmupRuns)
            {
                applyTimes.Add(applyMs);
                rawTimes.Add(rawMs);
            }
        }

        var rows = recorded!.Sum(c => c.Rows);
        var apply = Median(applyTimes);
        var raw = Median(rawTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Write commands per apply: {recorded!.Count}, rows written: {rows}"));
        foreach (var table in recorded.GroupBy(c => TableOf(c.Text)).OrderByDescending(g => g.Sum(c => c.Rows)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table.Key,-28} {table.Sum(c => c.Rows),6} rows"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Apply (PlanApplyRunner)       runs={runs}  median {apply:0.0} ms  min {applyTimes.Min():0.0}  max {applyTimes.Max():0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Raw ADO.NET, same rows, 1 tx  runs={runs}  median {raw:0.0} ms  min {rawTimes.Min():0.0}  max {rawTimes.Max():0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio apply / raw: {apply / raw:0.00} (target: about 2 or less)"));
        work.Delete(recursive: true);
    }

    /// <summary>Seeds the demo, then drafts, submits and approves a 1,000-change plan for Dalian (effective today).</summary>
    private static async Task<(Guid PlanId, int Changes)> PrepareAsync(string path)
    {
        await using var provider = Services(path, out var currentUser);
        await using (var scope = provider.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();
            await initializer.MigrateAsync();
            await initializer.SeedAsync(new SeedOptions { SeedDemoData = true }, PermissionDefinitions.All.Select(p => p.Name).ToList());
        }

        currentUser.ZoneId = Zone;
        await using var work = provider.CreateAsyncScope();
        var services = work.ServiceProvider;
        var structure = await services.GetRequiredService<IZoneStructureSource>().LoadAsync(Zone, default, tracked: false);
        var changes = ThousandChanges(structure);
        var manager = services.GetRequiredService<StaffingPlanManager>();
        var plans = services.GetRequiredService<IRepository<StaffingPlan>>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var author = Guid.NewGuid();
        var plan = await manager.CreateAsync(Zone, "基准测试：1000 项变更", "benchmark", today, author, "benchmark");
        foreach (var change in changes)
        {
            plan.AddChange(change, DateTimeOffset.UtcNow);
        }

        await plans.InsertAsync(plan);
        await manager.SubmitAsync(plan, author);
        while (plan.Status == StaffingPlanStatus.Submitted)
        {
            var step = plan.CurrentSteps.Single(s => s.Status == ApprovalStepStatus.Pending);
            foreach (var approver in step.Approvers)
            {
                await manager.DecideAsync(plan, step.Id, approver, "benchmark", ApprovalDecisionKind.Approve, null);
            }
        }

        await plans.SaveChangesAsync();
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        return (plan.Id, changes.Count);
    }

    /// <summary>
    /// 200 new 工作组 under the 局 (with a clause each), a post in each, their 领导职数, a second clause for each,
    /// and 200 regrades (existing management posts 8 ↔ 9, so each is a real row update; then new posts).
    /// </summary>
    private static List<PlanChangeSpec> ThousandChanges(ZoneStructure s)
    {
        var bureaus = s.LiveUnits.Where(u => u.Depth == 2).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var regradable = s.Posts.Values
            .Where(p => p.Category == PostCategory.Management && p.LeadershipRole == LeadershipRole.None && p.Level is 8 or 9)
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var changes = new List<PlanChangeSpec>();
        var units = Enumerable.Range(0, 200).Select(i => (Unit: Guid.NewGuid(), Clause: Guid.NewGuid(), Post: Guid.NewGuid())).ToList();
        for (var i = 0; i < 200; i++)
        {
            changes.Add(new CreateUnitChange(
                units[i].Unit, bureaus[i % bureaus.Count].Id, OrgUnitKind.Section, $"专项工作组{i:000}", $"Task group {i:000}", [new FunctionClause(units[i].Clause, "承担专项工作")]));
        }

        for (var i = 0; i < 200; i++)
        {
            changes.Add(new CreatePostChange(
                units[i].Post, units[i].Unit, $"BM-{i:000}", "专项专员", "Task officer", PostCategory.Management, 9, StaffingType.Administrative, LeadershipRole.None,
                [units[i].Clause]));
        }

        changes.AddRange(units.Select(u => new SetLeadershipQuotaChange(u.Unit, 1, 0)));
        changes.AddRange(units.Select(u => new SetFunctionsChange(u.Unit, [new FunctionClause(u.Clause, "承担专项工作"), new FunctionClause(Guid.NewGuid(), "承担专项督办")])));
        for (var i = 0; i < 200; i++)
        {
            // Existing posts first; when the zone has fewer, the rest regrade the posts created above (9 → 8).
            changes.Add(i < regradable.Count
                ? new RegradePostChange(regradable[i].Id, regradable[i].Category, regradable[i].Level == 9 ? 8 : 9, LeadershipRole.None)
                : new RegradePostChange(units[i].Post, PostCategory.Management, 8, LeadershipRole.None));
        }

        return changes;
    }

    private static async Task<(double Ms, List<RecordedCommand> Commands)> ApplyAsync(string path, Guid planId, bool record)
    {
        Recorder.Commands.Clear();
        Recorder.Enabled = record;
        var timer = Timer;
        timer.Clock.Reset();
        await using var provider = Services(path, out var currentUser);
        currentUser.ZoneId = Zone;
        await using var scope = provider.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<PlanApplyRunner>();
        timer.Clock.Start();
        var refusal = await runner.ApplyAsync(planId, recordFailure: false);
        var ms = timer.Clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  apply {ms:0} ms: until EF's own save (load, changes, rules, history, prepared inserts) {timer.SavingAt:0} ms, EF's save (updates) {timer.SavedAt - timer.SavingAt:0} ms"));
        if (refusal is not null)
        {
            throw new InvalidOperationException("The benchmark plan was refused: " + refusal.Message);
        }

        SqliteConnection.ClearAllPools();
        Recorder.Enabled = false;
        return (ms, [.. Recorder.Commands]);
    }

    /// <summary>
    /// The rows the apply inserted (on SQLite the product inserts them with prepared statements outside EF's
    /// command pipeline, so the recorder does not see them), read back from every table and turned into one
    /// INSERT per row with the stored values.
    /// </summary>
    private static async Task<List<RecordedCommand>> InsertedRowsAsync(string before, string after)
    {
        var commands = new List<RecordedCommand>();
        await using var connection = new SqliteConnection($"Data Source={after}");
        await connection.OpenAsync();
        await using (var attach = connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE '{before}' AS before;";
            await attach.ExecuteNonQueryAsync();
        }

        var tables = new List<(string Name, bool HasId)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name, EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'Id') FROM main.sqlite_master m "
                + "WHERE m.type = 'table' AND m.name LIKE 'Tr%'";
            await using var names = await list.ExecuteReaderAsync();
            while (await names.ReadAsync())
            {
                tables.Add((names.GetString(0), names.GetInt64(1) == 1));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            // Tables keyed by Id: the rows whose Id is new. Link tables (composite keys): the rows that are new.
            select.CommandText = table.HasId
                ? $"SELECT * FROM \"{table.Name}\" WHERE \"Id\" NOT IN (SELECT \"Id\" FROM before.\"{table.Name}\")"
                : $"SELECT * FROM \"{table.Name}\" EXCEPT SELECT * FROM before.\"{table.Name}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var text = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => "@v" + i))})";
            while (await reader.ReadAsync())
            {
                commands.Add(new RecordedCommand(text, names.Select((_, i) => ("@v" + i, reader.IsDBNull(i) ? null : reader.GetValue(i))).ToList(), 1));
            }
        }

        SqliteConnection.ClearAllPools();
        return commands;
    }

    /// <summary>The recorded write commands, same text and parameters, in one transaction on plain ADO.NET.</summary>
    private static async Task<double> ReplayAsync(string path, List<RecordedCommand> commands)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            foreach (var recorded in commands)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = recorded.Text;
                foreach (var (name, value) in recorded.Parameters)
                {
                    command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }

                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var ms = watch.Elapsed.TotalMilliseconds;
        SqliteConnection.ClearAllPools();
        return ms;
    }

    private static ServiceProvider Services(string path, out BenchmarkUser user)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTalentReformApplication();
        services.AddTalentReformEntityFrameworkCore(DatabaseProvider.Sqlite, $"Data Source={path}");
        services.ConfigureDbContext<TalentReformDbContext>(o => o.AddInterceptors(Recorder, Timer));

        user = new BenchmarkUser();
        services.AddSingleton<ICurrentUser>(user);
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<TalentReformDbContext>();
        services.AddScoped<TalentReformDatabaseInitializer>();
        return services.BuildServiceProvider();
    }

    private static string Copy(string source, DirectoryInfo work, string name)
    {
        var target = Path.Combine(work.FullName, name);
        File.Copy(source, target, overwrite: true);
        return target;
    }

    /// <summary>"INSERT INTO "TrPosts" ..." → TrPosts (also UPDATE and DELETE FROM).</summary>
    private static string TableOf(string sql)
    {
        var words = sql.Split([' ', '\n', '\r', '"', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(words, w => w.Equals("INTO", StringComparison.OrdinalIgnoreCase) || w.Equals("FROM", StringComparison.OrdinalIgnoreCase)
            || w.Equals("UPDATE", StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < words.Length ? words[0].ToUpperInvariant() + " " + words[index + 1] : sql[..Math.Min(20, sql.Length)];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Where the apply's time goes: before SaveChanges, inside it until the first write, and the writes.</summary>
    private sealed class SaveTimer : SaveChangesInterceptor
    {
        public Stopwatch Clock { get; } = new();
        public double SavingAt { get; private set; }
        public double SavedAt { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            SavingAt = Clock.Elapsed.TotalMilliseconds;
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            SavedAt = Clock.Elapsed.TotalMilliseconds;
            return ValueTask.FromResult(result);
        }
    }

    private sealed record RecordedCommand(string Text, List<(string Name, object? Value)> Parameters, int Rows);

    /// <summary>Keeps every INSERT/UPDATE/DELETE the apply sends (text, parameters, rows affected).</summary>
    private sealed class WriteRecorder : DbCommandInterceptor
    {
        public bool Enabled { get; set; }

        public List<RecordedCommand> Commands { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            // A reader (UPDATE ... RETURNING for the concurrency check) does not report its rows: one per command.
            Record(command, result.RecordsAffected > 0 ? result.RecordsAffected : 1);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Record(command, result);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command, int rows)
        {
            if (!Enabled)
            {
                return;
            }

            var text = command.CommandText.TrimStart();
            if (text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase))
            {
                Commands.Add(new RecordedCommand(
                    command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), rows));
            }
        }
    }

    private sealed class BenchmarkUser : ICurrentUser
    {
        public bool IsAuthenticated => ZoneId is not null;
        public Guid? Id => null;
        public string? UserName => null;
        public Guid? ZoneId { get; set; }
        public IReadOnlyList<string> Roles => [];
    }
}
