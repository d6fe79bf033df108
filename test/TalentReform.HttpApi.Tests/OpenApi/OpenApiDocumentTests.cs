using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentReform.OpenApi;

/// <summary>
/// The committed angular/openapi.json (from which the Angular proxy is generated) must match what the
/// host serves. UPDATE_OPENAPI=1 rewrites the file instead of comparing.
/// </summary>
public class OpenApiDocumentTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    public const string StaleMessage = "angular/openapi.json is stale: run etc/scripts/generate-proxy.sh";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string CommittedPath => Path.Combine(RepositoryPaths.Root, "angular", "openapi.json");

    [Fact]
    public async Task Committed_openapi_document_matches_the_host()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        using var response = await client.GetAsync("/openapi/v1.json");
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Assert
        await response.ShouldSucceedAsync();
        served["paths"]!.AsObject().Count.ShouldBeGreaterThan(0);
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n");
            return;
        }

        File.Exists(CommittedPath).ShouldBeTrue($"{StaleMessage} (the file is missing)");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath))!;
        var expected = Normalize(committed).ToJsonString(WriteOptions);
        var actual = Normalize(served).ToJsonString(WriteOptions);
        if (actual != expected)
        {
            Assert.Fail($"{StaleMessage}\nfirst difference: {FirstDifference(expected, actual)}");
        }
    }

    [Fact]
    public void Normalization_ignores_servers_key_order_and_required_order_but_not_content()
    {
        // Arrange
        var a = JsonNode.Parse("""{ "servers": [{ "url": "http://127.0.0.1:5123/" }], "paths": { "/a": { "get": {} } }, "info": { "title": "t" } }""")!;
        var b = JsonNode.Parse("""{ "info": { "title": "t" }, "paths": { "/a": { "get": {} } }, "servers": [{ "url": "http://localhost/" }] }""")!;
        var c = JsonNode.Parse("""{ "info": { "title": "t" }, "paths": { "/b": { "get": {} } } }""")!;
        var required1 = JsonNode.Parse("""{ "schema": { "required": ["a", "b"], "enum": ["x", "y"] } }""")!;
        var required2 = JsonNode.Parse("""{ "schema": { "required": ["b", "a"], "enum": ["x", "y"] } }""")!;
        var enumOrder = JsonNode.Parse("""{ "schema": { "required": ["a", "b"], "enum": ["y", "x"] } }""")!;
        var moreRequired = JsonNode.Parse("""{ "schema": { "required": ["a", "b", "c"], "enum": ["x", "y"] } }""")!;

        // Assert
        Normalize(a).ToJsonString().ShouldBe(Normalize(b).ToJsonString());
        Normalize(a).ToJsonString().ShouldNotBe(Normalize(c).ToJsonString());
        Normalize(required1).ToJsonString().ShouldBe(Normalize(required2).ToJsonString());
        Normalize(required1).ToJsonString().ShouldNotBe(Normalize(enumOrder).ToJsonString());
        Normalize(required1).ToJsonString().ShouldNotBe(Normalize(moreRequired).ToJsonString());
    }

    /// <summary>
    /// Drops <c>servers</c> (the address the host happened to run at), sorts object keys and the names in
    /// JSON Schema <c>required</c> lists (a set), so only the API's shape counts. Other arrays keep their
    /// order: it is meaningful (parameters, enum values).
    /// </summary>
    private static JsonNode Normalize(JsonNode document)
    {
        var copy = Sort(document)!;
        copy.AsObject().Remove("servers");
        return copy;
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p is { Key: "required", Value: JsonArray names } ? SortNames(names) : Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonArray SortNames(JsonArray names) =>
        new(names.Select(n => n?.DeepClone()).OrderBy(n => n?.ToJsonString(), StringComparer.Ordinal).ToArray());

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1} of the normalized document: committed `{e.Trim()}`, served `{a.Trim()}`";
            }
        }

        return "none";
    }
}
