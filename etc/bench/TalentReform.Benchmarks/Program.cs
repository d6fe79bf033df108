using System.Diagnostics;
using System.Globalization;
using TalentReform;

// "apply [runs]": issue 4's plan-apply benchmark (see PlanApplyBenchmark).
if (args.FirstOrDefault() == "apply")
{
    await TalentReform.Benchmarks.PlanApplyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    return;
}

// "matching [profiles] [policies]": issue 5's matching benchmark (see MatchingBenchmark).
if (args.FirstOrDefault() == "matching")
{
    await TalentReform.Benchmarks.MatchingBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
    return;
}

// "load [seconds] [connections]": issue 10's load run on Kestrel at 127.0.0.1 (see LoadRun).
if (args.FirstOrDefault() == "load")
{
    TalentReform.Benchmarks.HostContentRoot.Configure();
    await TalentReform.Benchmarks.LoadRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64);
    return;
}

// Latency of the two hot reads of issue 3 ("answer in a few milliseconds") for the largest demo zone
// (Dalian: 16 units, 285 posts), through the real host in-process (TestServer, SQLite file, demo seed):
// routing, authentication, authorization, zone filter, EF Core and JSON included; no network.
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
const int Warmup = 100;

TalentReform.Benchmarks.HostContentRoot.Configure();

var startWatch = Stopwatch.StartNew();
await using var factory = new TalentReformWebApplicationFactory();
using var client = await factory.CreateClientAsync(TestData.Users.DalianHr);
Console.WriteLine($"Host start on a copy of the seeded test database (built first if missing: migrations and demo seed, 3 zones): {startWatch.ElapsedMilliseconds} ms");

await MeasureAsync("GET /api/app/org-units/tree", "/api/app/org-units/tree");
await MeasureAsync("GET /api/app/posts?maxResultCount=50", "/api/app/posts?maxResultCount=50");
await MeasureAsync("GET /api/app/org-metrics", "/api/app/org-metrics");

async Task MeasureAsync(string name, string url)
{
    for (var i = 0; i < Warmup; i++)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode().Dispose();
    }

    var samples = new double[iterations];
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        samples[i] = watch.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
    }

    Array.Sort(samples);
    double P(double q) => samples[Math.Min(samples.Length - 1, (int)(q * samples.Length))];
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-40} n={iterations}  mean {samples.Average():0.00} ms  p50 {P(0.50):0.00}  p95 {P(0.95):0.00}  p99 {P(0.99):0.00}  max {samples[^1]:0.00}"));
}
