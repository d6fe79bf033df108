using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Data.Seeding;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;
using TalentReform.Permissions;
using TalentReform.Staffing;
using TalentReform.Talents;
using TalentReform.Talents.Rules;
using TalentReform.Users;
using static TalentReform.Talents.ConditionOperator;
using static TalentReform.Talents.ProfileField;

namespace TalentReform.Benchmarks;

/// <summary>
/// Issue 5's "done when": a 免申即享 matching run over 100,000 generated profiles and 50 policies completes, and its
/// time stands beside the time of evaluating the same rules for the same profiles in memory, without the
/// database — both measured in one run. The run goes through the product's MatchingService on a SQLite file
/// (batches of 1,000 profiles: load, evaluate, write the entitlements and their audit rows, save the progress);
/// the in-memory side calls the same BenefitEvaluator with the same rules on the same facts, nothing else.
/// </summary>
internal static class MatchingBenchmark
{
    private static readonly Guid Zone = DemoZones.Dalian.Id;
    private static readonly string[] Fields = ["集成电路", "软件和信息服务", "生物医药", "新能源", "智能制造", "新材料", "人工智能", "金融科技", "海洋经济", "数字文创"];

    public static async Task RunAsync(int profileCount, int policyCount)
    {
        var work = Directory.CreateTempSubdirectory("tr-matching-bench-");
        var path = Path.Combine(work.FullName, "matching.db");
        var user = new BenchUser();
        await using var provider = Services(path, user);
        var watch = Stopwatch.StartNew();
        await using (var scope = provider.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<TalentReformDatabaseInitializer>();
            await initializer.MigrateAsync();
            await initializer.SeedAsync(new SeedOptions { SeedDemoData = true }, PermissionDefinitions.All.Select(p => p.Name).ToList());
        }

        user.ZoneId = Zone;
        var today = TimeProvider.System.ChinaToday();
        await PreparePoliciesAsync(provider, policyCount, today);
        await PrepareProfilesAsync(provider, profileCount, today);
        Console.WriteLine($"Prepared {profileCount:N0} profiles and {policyCount} policies (plus the demo zone's 301 profiles) in {watch.ElapsedMilliseconds:N0} ms");

        // In memory: the same facts and rules, read once from the database before the clock starts, decided the
        // way a run decides them (compiled rules, 就高不重复, schedules; no explanations).
        var (facts, rules) = await LoadForMemoryAsync(provider, today);
        var memoryMs = 0.0;
        var eligible = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            // Pass 0 warms the JIT up; pass 1 counts. Compiling the rules is part of the work.
            var clock = Stopwatch.StartNew();
            var compiled = rules.Select(CompiledRule.Compile).ToList();
            eligible = 0;
            foreach (var profile in facts)
            {
                eligible += BenefitEvaluator.Decide(compiled, profile, today).Count(d => d.Eligible);
            }

            memoryMs = clock.Elapsed.TotalMilliseconds;
        }

        // For scale: the explained evaluation (every condition worded, as the calculator and the portal show it) of 2,000 profiles.
        var sample = facts.Take(2000).ToList();
        BenefitEvaluator.Evaluate(rules, sample[0], today);
        var explainClock = Stopwatch.StartNew();
        foreach (var profile in sample)
        {
            BenefitEvaluator.Evaluate(rules, profile, today);
        }

        var explainedPerProfile = explainClock.Elapsed.TotalMilliseconds / sample.Count;

        var first = await RunMatchingAsync(provider);
        var again = await RunMatchingAsync(provider);
        var ruleCount = rules.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rules in force: {ruleCount} in {policyCount} policies; evaluations per run: {facts.Count:N0} profiles × {ruleCount} rules = {(long)facts.Count * ruleCount:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"In memory (BenefitEvaluator.Decide only)     {memoryMs,10:N0} ms   {eligible:N0} benefits granted"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"(Explained evaluation, for scale: {explainedPerProfile:0.00} ms per profile, i.e. {explainedPerProfile * facts.Count / 1000:N0} s for all)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Matching run, first (creates entitlements)   {first.Ms,10:N0} ms   created {first.Run.Created:N0}, changed {first.Run.Changed}, revoked {first.Run.Revoked}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Matching run, again (nothing changed)        {again.Ms,10:N0} ms   created {again.Run.Created}, changed {again.Run.Changed}, revoked {again.Run.Revoked}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratio first run / in memory: {first.Ms / memoryMs:0.0}; repeat run / in memory: {again.Ms / memoryMs:0.0}"));
        if (first.Run.Created != eligible || first.Run.Processed != facts.Count)
        {
            throw new InvalidOperationException($"The run disagrees with the in-memory evaluation: created {first.Run.Created}, expected {eligible}.");
        }

        work.Delete(recursive: true);
    }

    private static async Task<(double Ms, MatchingRun Run)> RunMatchingAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<IRepository<MatchingRun>>();
        var run = new MatchingRun(Guid.NewGuid(), Zone, null, DateTimeOffset.UtcNow);
        await runs.InsertAsync(run);
        await runs.SaveChangesAsync();
        var clock = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<MatchingService>().RunAsync(run);
        return (clock.Elapsed.TotalMilliseconds, run);
    }

    private static async Task<(List<TalentFacts> Facts, List<BenefitRuleDefinition> Rules)> LoadForMemoryAsync(ServiceProvider provider, DateOnly today)
    {
        await using var scope = provider.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryableExecuter>();
        var profiles = scope.ServiceProvider.GetRequiredService<IRepository<TalentProfile>>();
        var policies = scope.ServiceProvider.GetRequiredService<IRepository<TalentPolicy>>();
        var facts = (await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => p.IsActive).OrderBy(p => p.Id))).Select(p => p.Facts).ToList();
        var rules = (await executer.ToListAsync(policies.GetDetachedQueryable())).Where(p => p.IsInForceOn(today)).SelectMany(p => p.Rules).ToList();
        return (facts, rules);
    }

    /// <summary>
    /// 50 policies, one per field of work (10) × arrival cohort (5 bands of 12 months), each with the six benefits of
    /// the demo policy; the demo's own TP-2024 is retired so that exactly these are in force.
    /// </summary>
    private static async Task PreparePoliciesAsync(ServiceProvider provider, int count, DateOnly today)
    {
        await using var scope = provider.CreateAsyncScope();
        var policies = scope.ServiceProvider.GetRequiredService<IRepository<TalentPolicy>>();
        var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryableExecuter>();
        foreach (var demo in await executer.ToListAsync(policies.GetQueryable().Where(p => p.ZoneId == Zone)))
        {
            demo.Retire(today);
        }

        for (var k = 0; k < count; k++)
        {
            var policy = new TalentPolicy(
                Guid.NewGuid(), Zone, $"BENCH-{k:00}", 1, $"基准政策 {k}", $"Benchmark policy {k}", $"基准〔2025〕{k}号", new DateOnly(2025, 1, 1), null,
                Rules(Fields[k % Fields.Length], k / Fields.Length * 12, k));
            policy.Publish(null, DateTimeOffset.UtcNow);
            await policies.InsertAsync(policy);
        }

        await policies.SaveChangesAsync();
    }

    private static List<BenefitRuleDefinition> Rules(string field, int fromMonth, int k)
    {
        var cohort = RuleCondition.All(
            RuleCondition.Compare(Field, Equal, field),
            RuleCondition.Compare(MonthsInZone, Between, fromMonth.ToString(CultureInfo.InvariantCulture), (fromMonth + 11).ToString(CultureInfo.InvariantCulture)));
        var inZone = RuleCondition.Compare(EmployerInZone, Equal, "true");
        var insured = RuleCondition.Compare(SocialInsuranceMonths, GreaterOrEqual, (6 + k % 3).ToString(CultureInfo.InvariantCulture));
        var noHome = RuleCondition.Compare(OwnsHomeInZone, Equal, "false");
        return
        [
            new("settling", "安家补贴", "Settling-in allowance",
                RuleCondition.All(cohort, RuleCondition.Compare(Tier, In, "B", "C", "D", "E"), inZone, RuleCondition.Compare(ContractYears, GreaterOrEqual, "5")),
                new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["B"] = 3_000_000, ["C"] = 2_000_000, ["D"] = 1_000_000, ["E"] = 300_000 }),
                PaymentSchedule.Yearly(0.2m, 0.2m, 0.2m, 0.2m, 0.2m), Article: "第五条", CommitmentYears: 5),
            new("living", "生活补贴", "Living allowance",
                RuleCondition.All(cohort, RuleCondition.Compare(Degree, GreaterOrEqual, "Bachelor"),
                    RuleCondition.Any(RuleCondition.Compare(Age, LessOrEqual, "35"),
                        RuleCondition.All(RuleCondition.Compare(Degree, Equal, "Doctorate"), RuleCondition.Compare(Age, LessOrEqual, "40"))),
                    inZone, insured),
                new BenefitAmount(BenefitAmountKind.ByDegree, Table: new Dictionary<string, decimal> { ["Bachelor"] = 10_000, ["Master"] = 30_000, ["Doctorate"] = 50_000 }),
                PaymentSchedule.LumpSum, Article: "第六条"),
            new("rent", "租房补贴", "Rent allowance", RuleCondition.All(cohort, inZone, insured, noHome),
                BenefitAmount.Of(30_000), PaymentSchedule.Yearly(0.3334m, 0.3333m, 0.3333m), "housing", "第七条"),
            new("apartment", "人才公寓", "Talent apartment", RuleCondition.All(cohort, RuleCondition.Compare(Tier, In, "A", "B", "C"), inZone, noHome),
                BenefitAmount.Of(90_000), PaymentSchedule.LumpSum, "housing", "第七条"),
            new("research", "科研启动经费", "Research start-up funding", RuleCondition.All(cohort, RuleCondition.Compare(Tier, In, "A", "B", "C"), inZone),
                new BenefitAmount(BenefitAmountKind.ByTier, Table: new Dictionary<string, decimal> { ["A"] = 2_000_000, ["B"] = 1_000_000, ["C"] = 500_000 }),
                PaymentSchedule.Yearly(0.5m, 0.5m), Article: "第八条", CommitmentYears: 3),
            new("medical", "医疗绿色通道", "Medical green channel", RuleCondition.All(cohort, RuleCondition.Compare(Tier, In, "A", "B", "C", "D")),
                BenefitAmount.Service, PaymentSchedule.LumpSum, Article: "第十条"),
        ];
    }

    /// <summary>Profiles with the demo seeder's spread of facts, deterministic (seed 42); written in batches of 5,000.</summary>
    private static async Task PrepareProfilesAsync(ServiceProvider provider, int count, DateOnly today)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        for (var written = 0; written < count;)
        {
            await using var scope = provider.CreateAsyncScope();
            var profiles = scope.ServiceProvider.GetRequiredService<IRepository<TalentProfile>>();
            for (var i = 0; i < 5000 && written < count; i++, written++)
            {
                var profile = new TalentProfile(Guid.NewGuid(), Zone, $"基准人才{written:000000}", now);
                var age = 24 + random.Next(0, 22);
                var inZone = random.Next(10) < 8;
                TalentTierLevel? tier = random.Next(10) < 4 ? (TalentTierLevel)Math.Min(4, random.Next(0, 5)) : null;
                profile.SetEmployment(inZone ? "园区某科技有限公司" : "外地某公司", inZone, random.Next(1, 7), random.Next(0, 60), today.AddMonths(-random.Next(0, 60)));
                profile.SetBackground(
                    (EducationDegree)Math.Min(4, 2 + random.Next(0, 4) / 2 + (random.Next(10) == 0 ? 1 : 0)), today.AddYears(-random.Next(0, Math.Max(1, age - 22))),
                    today.AddYears(-age).AddDays(-random.Next(0, 365)), tier, Fields[random.Next(Fields.Length)], random.Next(4) == 0, random.Next(3) == 0);
                await profiles.InsertAsync(profile);
            }

            await profiles.SaveChangesAsync();
        }
    }

    private static ServiceProvider Services(string path, ICurrentUser user)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTalentReformApplication();
        services.AddTalentReformEntityFrameworkCore(DatabaseProvider.Sqlite, $"Data Source={path}");
        services.AddSingleton(user);
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<TalentReformDbContext>();
        services.AddScoped<TalentReformDatabaseInitializer>();
        return services.BuildServiceProvider();
    }

    private sealed class BenchUser : ICurrentUser
    {
        public bool IsAuthenticated => ZoneId is not null;
        public Guid? Id => null;
        public string? UserName => null;
        public Guid? ZoneId { get; set; }
        public IReadOnlyList<string> Roles => [];
    }
}
