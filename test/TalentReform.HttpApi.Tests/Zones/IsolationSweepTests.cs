using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TalentReform.OpenApi;
using TalentReform.Planning;
using Xunit.Abstractions;

namespace TalentReform.Zones;

/// <summary>
/// Issue 10's isolation sweep, driven by the OpenAPI document: every by-id route called by Dalian users with
/// Chengde's real ids, every id route called by a talent with other people's ids, and every foreign id nested
/// in create and update bodies. The answer is 404/403/422 (400 for a body the route refuses before looking
/// the id up), never another zone's or person's data, and no table gains or loses a row.
///
/// A 404 names only the id that was sent: a decision on another zone's step once answered with that zone's plan id.
/// </summary>
public class IsolationSweepTests(TalentReformWebApplicationFactory factory, ITestOutputHelper output)
    : IClassFixture<TalentReformWebApplicationFactory>
{
    private static readonly HttpStatusCode[] Refusals =
        [HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest];

    /// <summary>Properties whose text identifies a record or a person: none may appear in a refusal.</summary>
    private static readonly string[] DataProperties = ["name", "nameZh", "nameEn", "title", "titleZh", "titleEn", "idNumber", "phone", "userName", "email", "number"];

    /// <summary>Sign-ins write security events; the sweep's "unchanged" is about the zones' business data.</summary>
    private static readonly string[] IgnoredTables = ["AuditLogs", "SecurityLogs", "AspNetUserTokens"];

    [Fact]
    public async Task Dalian_users_calling_every_by_id_route_with_chengde_ids_get_refusals_and_never_chengde_data()
    {
        // Arrange
        var operations = await ByIdOperationsAsync();
        using var chengde = await IndexAsync(TestData.Users.ChengdeHr, TestData.Users.ChengdeLeader, TestData.Users.ChengdeTalent);
        using var dalian = await IndexAsync(TestData.Users.DalianHr, TestData.Users.DalianLeader, TestData.Users.DalianTalent);
        var secrets = chengde.Secrets(except: dalian.AllText());
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var dalianLeader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var before = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        var sweep = new Sweep(output);

        // Act
        foreach (var operation in operations)
        {
            foreach (var url in await chengde.UrlsAsync(operation.Path))
            {
                var body = await chengde.BodyAsync(operation, url);
                await sweep.ExpectRefusalAsync(dalianHr, operation, url, body, secrets);
                await sweep.ExpectRefusalAsync(dalianLeader, operation, url, body, secrets);
            }
        }

        // Assert
        var after = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        sweep.Report($"cross-zone by-id: {operations.Count} operations");
        sweep.Failures.ShouldBeEmpty();
        DatabaseRowCounts.Changes(before, after, IgnoredTables).ShouldBeEmpty();
        sweep.Requests.ShouldBeGreaterThan(operations.Count);
    }

    [Fact]
    public async Task A_talent_calling_every_id_route_with_other_peoples_ids_gets_refusals_and_never_their_data()
    {
        // Arrange: the ids of everyone else in the talent's own zone (HR's notifications included) and another zone's talent.
        var operations = await ByIdOperationsAsync();
        using var others = await IndexAsync(TestData.Users.DalianHr, TestData.Users.DalianLeader, TestData.Users.ChengdeTalent);
        using var own = await IndexAsync(TestData.Users.DalianTalent);
        var secrets = others.Secrets(except: own.AllText());
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var hrUnreadBefore = await UnreadCountAsync(hr);
        var before = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        var sweep = new Sweep(output);

        // Act
        foreach (var operation in operations)
        {
            foreach (var url in await others.UrlsAsync(operation.Path))
            {
                await sweep.ExpectRefusalAsync(talent, operation, url, await others.BodyAsync(operation, url), secrets);
            }
        }

        // Assert: refused, and HR's notifications were not marked read by the talent.
        var after = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        sweep.Report($"talent by-id: {operations.Count} operations");
        sweep.Failures.ShouldBeEmpty();
        DatabaseRowCounts.Changes(before, after, IgnoredTables).ShouldBeEmpty();
        hrUnreadBefore.ShouldBeGreaterThan(0, "the sweep needs HR notifications to try");
        (await UnreadCountAsync(hr)).ShouldBe(hrUnreadBefore);
    }

    [Fact]
    public async Task A_chengde_id_nested_in_a_dalian_create_or_update_body_is_refused_and_nothing_is_stored()
    {
        // Arrange: for each resource with a list, a Dalian record becomes the body, with one of its foreign ids
        // (orgUnitId, personId, postId, parentId, …) replaced by the same field of a Chengde record.
        var all = await OpenApiOperations.ReadAsync(factory);
        using var chengde = await IndexAsync(TestData.Users.ChengdeHr, TestData.Users.ChengdeLeader);
        using var dalian = await IndexAsync(TestData.Users.DalianHr, TestData.Users.DalianLeader);
        var chengdeIds = chengde.Ids();
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var draft = await hr.CreatePlanAsync("隔离检查方案");
        var before = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        var sweep = new Sweep(output);
        var tried = new List<string>();

        // Act
        foreach (var write in all.Where(o => o.TakesJson && o.Method is "POST" or "PUT"))
        {
            var listTemplate = write.Method == "POST" ? write.Path : Regex.Replace(write.Path, @"/\{[^}]+\}$", string.Empty);
            if (!all.Any(o => o.Method == "GET" && o.Path == listTemplate) || (write.Method == "PUT" && listTemplate == write.Path))
            {
                continue;
            }

            foreach (var (listUrl, record) in await dalian.RecordsAsync(listTemplate))
            {
                var foreign = await chengde.RecordsAsync(listTemplate);
                foreach (var property in ForeignIdProperties(record, foreign.Select(f => f.Record)))
                {
                    var chengdeValue = foreign.Select(f => f.Record[property]).First(v => v is not null && !JsonNode.DeepEquals(v, record[property]))!;
                    if (write.JsonBodySchema?["properties"]?[property] is null)
                    {
                        continue;
                    }

                    var body = write.Schemas.Sample(write.JsonBodySchema, record)!.AsObject();
                    body[property] = chengdeValue.DeepClone();
                    var url = write.Method == "POST" ? listUrl : $"{listUrl}/{record["id"]}";
                    tried.Add($"{write.Method} {url} {property}");
                    using var response = await sweep.SendAsync(hr, write.Method, url, body.ToJsonString());
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                    {
                        output.WriteLine($"400 {write.Method} {url} {property}: {await Excerpt(response)}");
                    }

                    var stored = write.Method == "PUT" && response.IsSuccessStatusCode
                        ? await StoredValueAsync(hr, $"{listUrl}/{record["id"]}", property)
                        : null;
                    if (!Refusals.Contains(response.StatusCode) && !(response.IsSuccessStatusCode && write.Method == "PUT" && !ContainsAny(stored, chengdeIds)))
                    {
                        sweep.Fail($"{write.Method} {url} with a Chengde {property}: {(int)response.StatusCode} {await Excerpt(response)}");
                    }
                }

                break;
            }
        }

        // A plan change names units, posts and people by id: each Chengde one is refused in a Dalian draft.
        var unit = await FirstIdAsync(chengde, "/api/app/org-units");
        var post = await FirstIdAsync(chengde, "/api/app/posts");
        var person = await FirstIdAsync(chengde, "/api/app/persons");
        var ownUnit = await FirstIdAsync(dalian, "/api/app/org-units");
        var ownPost = await FirstIdAsync(dalian, "/api/app/posts");
        object[] changes =
        [
            new { type = "RenameUnit", unitId = unit, nameZh = "改名" },
            new { type = "MoveUnit", unitId = ownUnit, parentId = unit },
            new { type = "MergeUnits", unitId = ownUnit, sourceUnitIds = new[] { unit } },
            new { type = "CreateUnit", parentId = unit, kind = "Section", nameZh = "新科室" },
            new { type = "AbolishPost", postId = post },
            new { type = "CreatePost", unitId = unit, code = "X-1", titleZh = "岗位", category = "Management", level = 8, staffingType = "Administrative" },
            new { type = "ReassignPerson", personId = person, targetPostId = ownPost },
            new { type = "MovePost", postId = ownPost, unitId = unit },
        ];
        foreach (var change in changes)
        {
            var url = $"/api/app/staffing-plans/{draft.Id}/changes";
            var json = System.Text.Json.JsonSerializer.Serialize(change);
            tried.Add($"POST {url} {json}");
            using var response = await sweep.SendAsync(hr, "POST", url, json);
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity))
            {
                sweep.Fail($"POST {url} {json}: {(int)response.StatusCode} {await Excerpt(response)}");
            }
        }

        // Assert
        var after = await DatabaseRowCounts.ReadAsync(factory.DatabasePath);
        tried.ForEach(output.WriteLine);
        sweep.Report("nested foreign ids");
        tried.ShouldContain(t => t.StartsWith("POST /api/app/posts ", StringComparison.Ordinal) && t.EndsWith(" orgUnitId", StringComparison.Ordinal));
        tried.ShouldContain(t => t.StartsWith("POST /api/app/appointments ", StringComparison.Ordinal) && t.EndsWith(" personId", StringComparison.Ordinal));
        sweep.Failures.ShouldBeEmpty();
        DatabaseRowCounts.Changes(before, after, IgnoredTables).ShouldBeEmpty();
    }

    /// <summary>Operations whose path parameters are all ids ({id}, {stepId}, {orgUnitId}, …); platform routes aside.</summary>
    private async Task<List<OpenApiOperation>> ByIdOperationsAsync() =>
        (await OpenApiOperations.ReadAsync(factory))
            .Where(o => o.PathParameters.Count > 0 && o.PathParameters.All(p => p == "id" || p.EndsWith("Id", StringComparison.Ordinal)))
            .Where(o => !o.Path.StartsWith("/api/host/", StringComparison.Ordinal))
            .ToList();

    /// <summary>Properties named *Id whose value, in another zone's record, is a different id.</summary>
    private static IEnumerable<string> ForeignIdProperties(JsonObject record, IEnumerable<JsonObject> foreign) =>
        record.Select(p => p.Key)
            .Where(k => k.EndsWith("Id", StringComparison.Ordinal) && k != "zoneId")
            .Where(k => foreign.Any(f => f[k] is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _) && !JsonNode.DeepEquals(f[k], record[k])));

    private static async Task<string> FirstIdAsync(ZoneIndex index, string list) =>
        (await index.RecordsAsync(list)).Select(r => r.Record["id"]!.GetValue<string>()).First();

    private static async Task<string?> StoredValueAsync(HttpClient client, string url, string property)
    {
        using var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())?[property]?.ToJsonString() : null;
    }

    private static bool ContainsAny(string? text, IEnumerable<string> values) => text is not null && values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase));

    private static async Task<int> UnreadCountAsync(HttpClient client)
    {
        var count = JsonNode.Parse(await (await client.GetAsync("/api/app/notifications/count")).Content.ReadAsStringAsync())!;
        return count is JsonValue value ? value.GetValue<int>() : count["unread"]?.GetValue<int>() ?? count["count"]!.GetValue<int>();
    }

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body[..Math.Min(300, body.Length)];
    }

    private async Task<ZoneIndex> IndexAsync(params string[] userNames)
    {
        var clients = new List<HttpClient>();
        foreach (var userName in userNames)
        {
            clients.Add(await factory.CreateClientAsync(userName));
        }

        var index = new ZoneIndex(clients, await OpenApiOperations.ReadAsync(factory));
        await index.LoadListsAsync();
        return index;
    }

    /// <summary>Sends the requests and keeps the count and the failures.</summary>
    private sealed class Sweep(ITestOutputHelper output)
    {
        private readonly Dictionary<int, int> _statuses = [];

        public List<string> Failures { get; } = [];

        public int Requests { get; private set; }

        public void Fail(string failure) => Failures.Add(failure);

        public async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);
            Requests++;
            _statuses[(int)response.StatusCode] = _statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            return response;
        }

        public async Task ExpectRefusalAsync(HttpClient client, OpenApiOperation operation, string url, string? body, IReadOnlyCollection<string> secrets)
        {
            using var response = await SendAsync(client, operation.Method, url, body);
            var text = await response.Content.ReadAsStringAsync();
            var sent = url + body;
            var leaked = secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase) && !sent.Contains(s, StringComparison.OrdinalIgnoreCase)).Take(3).ToList();
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                // Refused before the id was looked up: shown, so that a body generator gap is visible.
                output.WriteLine($"400 {operation.Method} {url}: {text[..Math.Min(160, text.Length)]}");
            }

            if (!Refusals.Contains(response.StatusCode) || leaked.Count > 0)
            {
                Fail($"{operation.Method} {url}: {(int)response.StatusCode}{(leaked.Count > 0 ? " leaks " + string.Join(", ", leaked) : string.Empty)} {text[..Math.Min(200, text.Length)]}");
            }
        }

        public void Report(string what)
        {
            output.WriteLine($"{what}: {Requests} requests; statuses {string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; {Failures.Count} failures");
            Failures.ForEach(output.WriteLine);
        }
    }

    /// <summary>What some users of one zone can list: records by list URL, for ids, bodies and the data that must not leak.</summary>
    private sealed class ZoneIndex(IReadOnlyList<HttpClient> clients, IReadOnlyList<OpenApiOperation> operations) : IDisposable
    {
        private const int SamplesPerRoute = 2;

        private readonly Dictionary<string, List<JsonObject>> _lists = new(StringComparer.Ordinal);

        public async Task LoadListsAsync()
        {
            foreach (var list in operations.Where(o => o.Method == "GET" && o.PathParameters.Count == 0 && o.Path.StartsWith("/api/app/", StringComparison.Ordinal)))
            {
                await ListAsync(list.Path);
            }
        }

        public IReadOnlyList<string> Ids() =>
            _lists.Values.SelectMany(l => l).Select(r => r["id"]?.GetValue<string>()).OfType<string>().Distinct().ToList();

        private static readonly System.Text.Json.JsonSerializerOptions Unescaped =
            new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>
        /// The records' JSON with non-ASCII text unescaped, so that a Chinese text both zones share (e.g. a document
        /// kind's name) is found here and is not taken for the other zone's data.
        /// </summary>
        public string AllText() => string.Join("\n", _lists.Values.SelectMany(l => l).Select(r => r.ToJsonString(Unescaped)));

        /// <summary>Every id and identifying text of the records, except texts that also occur in <paramref name="except"/>.</summary>
        public IReadOnlyCollection<string> Secrets(string except)
        {
            var texts = _lists.Values.SelectMany(l => l)
                .SelectMany(r => DataProperties.Select(p => r[p]).OfType<JsonValue>())
                .Select(v => v.TryGetValue<string>(out var s) ? s : null)
                .Where(s => s is { Length: >= 4 } && !except.Contains(s, StringComparison.Ordinal))
                .Cast<string>();
            return Ids().Concat(texts).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The records of a list route template, its parameters filled from parent lists (first parents only).</summary>
        public async Task<List<(string Url, JsonObject Record)>> RecordsAsync(string template)
        {
            var records = new List<(string, JsonObject)>();
            foreach (var url in await FillAsync(template))
            {
                records.AddRange((await ListAsync(url)).Select(r => (url, r)));
            }

            return records;
        }

        /// <summary>Concrete URLs of a by-id route, each parameter an id of a record of the list route before it.</summary>
        public async Task<List<string>> UrlsAsync(string template) => await FillAsync(template);

        /// <summary>
        /// A body that passes validation, so that the id is what is refused: the record itself for PUT, projected
        /// on the input's schema; for other calls the schema's sample, ids taken from the record the route names.
        /// </summary>
        public async Task<string?> BodyAsync(OpenApiOperation operation, string url)
        {
            if (!operation.TakesJson || operation.JsonBodySchema is null)
            {
                return operation.TakesJson ? "{}" : null;
            }

            var record = await GetAsync(operation.Method == "PUT" ? url : Regex.Replace(url, "/[a-z-]+$", string.Empty));
            return operation.Schemas.Sample(operation.JsonBodySchema, record)?.ToJsonString();
        }

        public void Dispose()
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        private async Task<List<string>> FillAsync(string template)
        {
            var match = Regex.Match(template, @"\{([^}]+)\}");
            if (!match.Success)
            {
                return [template];
            }

            var prefix = template[..(match.Index - 1)];
            var parameter = match.Groups[1].Value;
            var rest = template[(match.Index + match.Length)..];
            var urls = new List<string>();
            foreach (var id in IdsOf(await ListAsync(prefix), parameter).Take(SamplesPerRoute))
            {
                urls.AddRange((await FillAsync(rest)).Select(r => $"{prefix}/{id}{r}"));
            }

            return urls;
        }

        private static IEnumerable<string> IdsOf(IEnumerable<JsonObject> records, string parameter) =>
            records.Select(r => (r[parameter] ?? (parameter.EndsWith("Id", StringComparison.Ordinal) ? r["id"] : null) ?? r["id"]) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                .OfType<string>()
                .Where(s => Guid.TryParse(s, out _))
                .Distinct();

        /// <summary>The records of a list URL as the first of the users allowed to read it sees them.</summary>
        private async Task<List<JsonObject>> ListAsync(string url)
        {
            if (_lists.TryGetValue(url, out var cached))
            {
                return cached;
            }

            var records = new List<JsonObject>();
            foreach (var client in clients)
            {
                using var response = await client.GetAsync(url + (url.Contains('?') ? "&" : "?") + "maxResultCount=1000");
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    var root = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                    var items = root is JsonArray array ? array : root?["items"] as JsonArray;
                    records = items?.OfType<JsonObject>().ToList() ?? [];
                    if (records.Count > 0)
                    {
                        break;
                    }
                }
            }

            _lists[url] = records;
            return records;
        }

        private async Task<JsonObject?> GetAsync(string url)
        {
            foreach (var client in clients)
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    return JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject;
                }
            }

            return null;
        }
    }
}
