using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace TalentReform.Validation;

/// <summary>A host whose policy calculator limit does not stop the sweep before validation does.</summary>
public class BadInputSweepFactory : TalentReformWebApplicationFactory
{
    protected override IDictionary<string, string?> GetSettings()
    {
        var settings = base.GetSettings();
        settings["RateLimiting:PolicyCalculator:PermitLimit"] = "100000";
        return settings;
    }
}

/// <summary>
/// The bad-input generator: every write operation of the OpenAPI document with a JSON body gets malformed
/// requests generated from its request schema (see <see cref="MalformedRequests"/>), sent as a caller allowed
/// to call it, on real ids. Every answer must be a refusal with a problem-details body — never a 5xx, never a
/// success — and the database must be byte for byte what it was.
/// </summary>
public class BadInputSweepTests(BadInputSweepFactory factory, ITestOutputHelper output) : IClassFixture<BadInputSweepFactory>
{
    private const int Seed = 20_261_207;
    private static readonly int[] Refusals = [400, 404, 409, 415, 422];
    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];

    /// <summary>Callers in the order tried: the first one the operation does not forbid sends its requests.</summary>
    private static readonly string[] Callers =
        [TestData.Users.DalianHr, TestData.Users.DalianLeader, TestData.Users.DalianTalent, TestData.Users.Admin, Anonymous];

    private const string Anonymous = "anonymous";

    [Fact]
    public async Task Malformed_requests_to_every_write_operation_are_refused_with_problem_details_and_change_nothing()
    {
        // Arrange: sign in everyone and resolve every operation's caller and path before the first checksum.
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = factory.CreateAnonymousClient() };
        foreach (var user in Callers.Where(c => c != Anonymous))
        {
            clients[user] = await factory.CreateClientAsync(user);
        }

        using var document = JsonDocument.Parse(await clients[Anonymous].GetStringAsync("/openapi/v1.json"));
        var schemas = new OpenApiSchemas(document.RootElement);
        var random = new Random(Seed);
        var targets = new List<(string Method, string Template, string Caller, string Url, JsonElement Body)>();
        foreach (var (method, template, operation) in Operations(document.RootElement))
        {
            var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var caller = await CallerAsync(clients, method, template, operation, schemas, random);
            var url = await UrlAsync(clients[caller], template, operation, schemas, random);
            targets.Add((method, template, caller, url, body));
        }

        var before = await DatabaseChecksum.ComputeAsync(factory.DatabasePath);
        var generator = new MalformedRequests(schemas, random);
        var failures = new List<string>();
        var sent = 0;
        var stopwatch = Stopwatch.StartNew();

        // Act
        foreach (var (method, template, caller, url, body) in targets)
        {
            foreach (var request in generator.For(body))
            {
                sent++;
                using var message = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = request.ToContent() };
                using var response = await clients[caller].SendAsync(message);
                if (await FaultAsync(response) is { } fault)
                {
                    failures.Add($"{method.ToUpperInvariant()} {template} as {caller} [{request.Name}]: {fault}");
                }
            }
        }

        // Assert
        var changed = DatabaseChecksum.Changed(before, await DatabaseChecksum.ComputeAsync(factory.DatabasePath));
        output.WriteLine($"{sent} malformed requests to {targets.Count} write operations in {stopwatch.Elapsed.TotalSeconds:F1} s; {failures.Count} not refused properly.");
        targets.Count.ShouldBeGreaterThan(40, "the OpenAPI document lists the write operations");
        sent.ShouldBeGreaterThanOrEqualTo(1000);
        failures.Count.ShouldBe(0, string.Join(Environment.NewLine, failures.Take(60)));
        changed.ShouldBeEmpty("tables changed by refused requests");
    }

    /// <summary>Null when the answer is a refusal with a problem-details body of the same status; else what is wrong.</summary>
    private static async Task<string?> FaultAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var excerpt = body.Length > 300 ? body[..300] : body;
        if (!Refusals.Contains(status))
        {
            return $"{status}: {excerpt}";
        }

        if (response.Content.Headers.ContentType?.MediaType != ProblemDetailsHttpExtensions.ContentType)
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {excerpt}";
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out var value) && value.ValueKind == JsonValueKind.Number && value.GetInt32() == status
                ? null
                : $"{status} without a matching status in the problem: {excerpt}";
        }
        catch (JsonException)
        {
            return $"{status} with a body that is not JSON: {excerpt}";
        }
    }

    /// <summary>POST/PUT/PATCH/DELETE operations that take a JSON body.</summary>
    private static IEnumerable<(string Method, string Template, JsonElement Operation)> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => WriteMethods.Contains(o.Name)))
            {
                if (operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out _))
                {
                    yield return (operation.Name, path.Name, operation.Value);
                }
            }
        }
    }

    /// <summary>
    /// The first caller the operation does not refuse with 401/403, found with a body that cannot be read (so
    /// nothing can happen): host operations fall to the admin, zone operations to the zone's HR officer or
    /// the role that holds the permission, public ones to anyone.
    /// </summary>
    private static async Task<string> CallerAsync(
        Dictionary<string, HttpClient> clients, string method, string template, JsonElement operation, OpenApiSchemas schemas, Random random)
    {
        var url = await UrlAsync(clients[Anonymous], template, operation, schemas, random);
        var preferred = template.StartsWith("/api/host/", StringComparison.Ordinal) ? TestData.Users.Admin
            : template.StartsWith("/api/public/", StringComparison.Ordinal) || template.StartsWith("/api/account/", StringComparison.Ordinal) ? Anonymous
            : TestData.Users.DalianHr;
        foreach (var caller in Callers.Where(c => c != preferred).Prepend(preferred))
        {
            using var message = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
            {
                Content = new MalformedRequest("probe", "{").ToContent(),
            };
            using var response = await clients[caller].SendAsync(message);
            if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
            {
                return caller;
            }
        }

        throw new InvalidOperationException($"{method} {template}: every caller is refused.");
    }

    /// <summary>The operation's URL with real ids (the first item of the collection the id belongs to) and its required query values.</summary>
    private static async Task<string> UrlAsync(HttpClient client, string template, JsonElement operation, OpenApiSchemas schemas, Random random)
    {
        var url = string.Empty;
        foreach (var segment in template.Trim('/').Split('/'))
        {
            if (!segment.StartsWith('{'))
            {
                url += "/" + segment;
                continue;
            }

            var name = segment[1..^1];
            var schema = schemas.Resolve(Parameter(operation, name).GetProperty("schema"));
            url += "/" + OpenApiSchemas.TypeOf(schema) switch
            {
                "enum" => OpenApiSchemas.EnumNames(schema)[0],
                "integer" => "2026",
                "string" when OpenApiSchemas.Format(schema) == "uuid" => await FirstIdAsync(client, url, name) ?? NewGuid(random),
                _ => name == "zoneCode" ? "dalian" : "x",
            };
        }

        return url + RequiredQuery(operation);
    }

    private static JsonElement Parameter(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().First(p => p.GetProperty("name").GetString() == name);

    private static string RequiredQuery(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters))
        {
            return string.Empty;
        }

        var query = parameters.EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean())
            .Select(p => $"{p.GetProperty("name").GetString()}=x")
            .ToList();
        return query.Count == 0 ? string.Empty : "?" + string.Join('&', query);
    }

    /// <summary>The id (or the property named like the parameter, e.g. stepId) of the first item the collection lists to this caller.</summary>
    private static async Task<string?> FirstIdAsync(HttpClient client, string collection, string parameter)
    {
        using var response = await client.GetAsync(collection + "?maxResultCount=5");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root : root.TryGetProperty("items", out var list) ? list : default;
        if (items.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in items.EnumerateArray())
        {
            if ((item.TryGetProperty(parameter, out var id) || item.TryGetProperty("id", out id)) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }

        return null;
    }

    private static string NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }
}
