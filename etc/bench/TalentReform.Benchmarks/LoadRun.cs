using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TalentReform.Benchmarks;

/// <summary>
/// Issue 10's load run: the real host on Kestrel (127.0.0.1, a free port, nothing else listens), a fresh SQLite
/// file with the demo seed, and N connections sending mixed reads and writes for a fixed time. Every answer is
/// counted by status and judged: a 2xx, or a 409/422 that the request provoked on purpose (a stale
/// concurrency stamp, a duplicate ID number), or a 409 of two workers editing the same post; anything else
/// (a 409 on creating a plan included: defect 8) is
/// an error. Afterwards every row a 2xx created is read back (nothing lost). Prints p50/p95/p99 and throughput.
/// </summary>
internal static class LoadRun
{
    private static readonly string[] HrUsers = [TestData.Users.DalianHr, TestData.Users.ChengdeHr, TestData.Users.JiangyinHr];

    private static readonly string[] UpdatePostFields =
        ["isFrozen", "concurrencyStamp", "titleZh", "titleEn", "category", "level", "staffingType", "leadershipRole", "fte", "dutyClauseIds"];

    public static async Task RunAsync(int seconds, int connections)
    {
        await using var factory = new TalentReformWebApplicationFactory();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        if (!IPAddress.IsLoopback(IPAddress.Parse(address.Host)))
        {
            throw new InvalidOperationException($"The load run listens on loopback only, not {address}.");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var zones = new List<Zone>();
        foreach (var user in HrUsers)
        {
            zones.Add(await Zone.SignInAsync(http, user));
        }

        var leader = await Zone.SignInAsync(http, TestData.Users.DalianLeader);
        Console.WriteLine($"Host on {address} (Release: {!IsDebug()}); {connections} connections for {seconds} s; users {string.Join(", ", HrUsers)}, {TestData.Users.DalianLeader}");

        var results = new Results();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections)
            .Select(i => Task.Run(() => WorkAsync(http, i % 8 == 7 ? leader : zones[i % zones.Count], i, results, stop.Token)))
            .ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;

        // Nothing lost: every row a 2xx created is found again by its zone.
        var lost = new List<string>();
        foreach (var zone in zones)
        {
            foreach (var url in zone.Created)
            {
                using var response = await zone.SendAsync(http, HttpMethod.Get, url, null, CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    lost.Add($"{zone.UserName} {url}: {(int)response.StatusCode}");
                }
            }
        }

        results.Print(elapsed, zones.Sum(z => z.Created.Count), lost);
    }

    private static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }

    private static async Task WorkAsync(HttpClient http, Zone zone, int worker, Results results, CancellationToken stop)
    {
        var random = new Random(worker);
        while (!stop.IsCancellationRequested)
        {
            var roll = random.Next(100);
            if (zone.ReadOnly && roll >= 70)
            {
                roll %= 70;
            }

            try
            {
                switch (roll)
                {
                    case < 30:
                        await results.TimeAsync("GET posts page", zone, http, HttpMethod.Get, $"/api/app/posts?maxResultCount=20&skipCount={random.Next(0, 200)}", null, [], stop);
                        break;
                    case < 45:
                        await results.TimeAsync("GET org tree", zone, http, HttpMethod.Get, "/api/app/org-units/tree", null, [], stop);
                        break;
                    case < 55:
                        await results.TimeAsync("GET persons page", zone, http, HttpMethod.Get, "/api/app/persons?maxResultCount=20", null, [], stop);
                        break;
                    case < 60:
                        await results.TimeAsync("GET org metrics", zone, http, HttpMethod.Get, "/api/app/org-metrics", null, [], stop);
                        break;
                    case < 65:
                        await results.TimeAsync("GET dashboard", zone, http, HttpMethod.Get, "/api/app/dashboard", null, [], stop);
                        break;
                    case < 70:
                        await results.TimeAsync("GET notification count", zone, http, HttpMethod.Get, "/api/app/notifications/count", null, [], stop);
                        break;
                    case < 80:
                        await CreatePersonAsync(http, zone, random, results, stop);
                        break;
                    case < 84:
                        await DuplicatePersonAsync(http, zone, random, results, stop);
                        break;
                    case < 95:
                        await EditPostAsync(http, zone, random, results, stop);
                        break;
                    default:
                        var plan = await results.TimeAsync("POST staffing plan", zone, http, HttpMethod.Post, "/api/app/staffing-plans",
                            new JsonObject { ["title"] = $"负载测试方案 {worker}-{random.Next()}", ["rationale"] = "负载测试", ["effectiveDate"] = "2027-01-01" }, [], stop);
                        zone.Remember(plan, "/api/app/staffing-plans");
                        break;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The run is over; a request cut off by the end is not counted.
            }
        }
    }

    private static async Task CreatePersonAsync(HttpClient http, Zone zone, Random random, Results results, CancellationToken stop)
    {
        var idNumber = NewIdNumber(random);
        var person = await results.TimeAsync("POST person", zone, http, HttpMethod.Post, "/api/app/persons", Person(idNumber), [], stop);
        if (zone.Remember(person, "/api/app/persons"))
        {
            zone.IdNumbers.Add(idNumber);
        }
    }

    /// <summary>A person with an ID number the zone already has: a deliberate 409 (05015).</summary>
    private static async Task DuplicatePersonAsync(HttpClient http, Zone zone, Random random, Results results, CancellationToken stop)
    {
        var known = zone.IdNumbers.ToArray();
        if (known.Length == 0)
        {
            await CreatePersonAsync(http, zone, random, results, stop);
            return;
        }

        await results.TimeAsync("POST duplicate person", zone, http, HttpMethod.Post, "/api/app/persons", Person(known[random.Next(known.Length)]), [HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity], stop);
    }

    /// <summary>Reads a post, renames it, and now and then replays the edit with the old stamp: a deliberate 409.</summary>
    private static async Task EditPostAsync(HttpClient http, Zone zone, Random random, Results results, CancellationToken stop)
    {
        var page = await results.TimeAsync("GET posts page", zone, http, HttpMethod.Get, $"/api/app/posts?maxResultCount=1&skipCount={random.Next(0, 200)}", null, [], stop);
        if (page?["items"] is not JsonArray { Count: > 0 } items || items[0] is not JsonObject post)
        {
            return;
        }

        var body = new JsonObject();
        foreach (var field in UpdatePostFields)
        {
            body[field] = post[field]?.DeepClone();
        }

        body["isFrozen"] = post["status"]?.GetValue<string>() == "Frozen";
        body["titleEn"] = $"Post {random.Next(1000, 9999)}";
        var url = $"/api/app/posts/{post["id"]}";

        // Another worker may have edited the same post since it was read: that 409 is the product working.
        await results.TimeAsync("PUT post", zone, http, HttpMethod.Put, url, body, [HttpStatusCode.Conflict], stop);
        if (random.Next(5) == 0)
        {
            body["titleEn"] = $"Post {random.Next(1000, 9999)}";
            await results.TimeAsync("PUT post, stale stamp", zone, http, HttpMethod.Put, url, body, [HttpStatusCode.Conflict], stop, mustBe: HttpStatusCode.Conflict);
        }
    }

    private static JsonObject Person(string idNumber) => new()
    {
        ["name"] = "负载测试人员", ["gender"] = "Female", ["birthDate"] = "1990-05-06", ["idNumber"] = idNumber, ["degree"] = "Master",
    };

    private static string NewIdNumber(Random random) =>
        "2102" + random.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>One signed-in user and what their 2xx answers created.</summary>
    private sealed class Zone(string userName, string token)
    {
        public string UserName => userName;

        public bool ReadOnly => userName.EndsWith("-leader", StringComparison.Ordinal);

        public ConcurrentBag<string> Created { get; } = [];

        public ConcurrentBag<string> IdNumbers { get; } = [];

        public static async Task<Zone> SignInAsync(HttpClient http, string userName)
        {
            using var response = await http.PostAsync("/api/account/token", Json(new JsonObject { ["userName"] = userName, ["password"] = TestData.Password }));
            response.EnsureSuccessStatusCode();
            var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
            return new Zone(userName, token);
        }

        public bool Remember(JsonNode? created, string list)
        {
            if (created?["id"]?.GetValue<string>() is not { } id)
            {
                return false;
            }

            Created.Add($"{list}/{id}");
            return true;
        }

        public async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string url, JsonNode? body, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(request, cancellationToken);
        }

        private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    /// <summary>Latencies and statuses by request kind, and the answers that count as errors.</summary>
    private sealed class Results
    {
        private readonly ConcurrentBag<double> _latencies = [];
        private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<string> _errors = [];

        /// <summary>Sends, times and judges one request; returns its JSON body when it succeeded.</summary>
        public async Task<JsonNode?> TimeAsync(
            string kind, Zone zone, HttpClient http, HttpMethod method, string url, JsonNode? body, HttpStatusCode[] deliberate, CancellationToken stop,
            HttpStatusCode? mustBe = null)
        {
            var clock = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await zone.SendAsync(http, method, url, body, stop);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                _errors.Add($"{kind}: {e.GetType().Name} {e.Message}");
                _statuses.AddOrUpdate($"{kind} exception", 1, (_, n) => n + 1);
                return null;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                _latencies.Add(clock.Elapsed.TotalMilliseconds);
                var status = response.StatusCode;
                _statuses.AddOrUpdate($"{kind} {(int)status}", 1, (_, n) => n + 1);
                var fine = mustBe is { } required ? status == required : response.IsSuccessStatusCode || deliberate.Contains(status);
                if (!fine)
                {
                    _errors.Add($"{kind} {method} {url}: {(int)status} {text[..Math.Min(200, text.Length)]}");
                }

                return response.IsSuccessStatusCode && text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null;
            }
        }

        public void Print(TimeSpan elapsed, int created, IReadOnlyList<string> lost)
        {
            var samples = _latencies.Order().ToArray();
            double P(double q) => samples.Length == 0 ? 0 : samples[Math.Min(samples.Length - 1, (int)(q * samples.Length))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{samples.Length:N0} responses in {elapsed.TotalSeconds:0.0} s = {samples.Length / elapsed.TotalSeconds:0.0}/s; p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {samples.LastOrDefault():0.0} ms"));
            foreach (var (key, count) in _statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {key,-40} {count,8:N0}");
            }

            Console.WriteLine($"Created by 2xx and read back: {created - lost.Count:N0} of {created:N0} (lost: {lost.Count})");
            foreach (var line in lost.Take(20))
            {
                Console.WriteLine("  lost " + line);
            }

            var errors = _errors.ToList();
            Console.WriteLine($"Errors (not 2xx and not a deliberate 409/422): {errors.Count}");
            foreach (var group in errors.GroupBy(e => e.Split(':')[0]).OrderByDescending(g => g.Count()).Take(10))
            {
                Console.WriteLine($"  {group.Count(),6} × {group.First()}");
            }
        }
    }
}
