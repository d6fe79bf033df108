using System.Text.Json.Nodes;

namespace TalentReform.OpenApi;

/// <summary>One operation of the served OpenAPI document: "GET /api/app/persons/{id}" and what its body takes.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<string> BodyContentTypes, OpenApiSchemas Schemas)
{
    /// <summary>The JSON body's schema with its $ref resolved, or null.</summary>
    public JsonObject? JsonBodySchema { get; init; }

    public string Key => $"{Method} {Path}";

    /// <summary>The {…} parameters of the path, in order.</summary>
    public IReadOnlyList<string> PathParameters =>
        System.Text.RegularExpressions.Regex.Matches(Path, @"\{([^}]+)\}").Select(m => m.Groups[1].Value).ToList();

    public bool TakesFile => BodyContentTypes.Contains("multipart/form-data");

    public bool TakesJson => BodyContentTypes.Contains("application/json");

    public override string ToString() => Key;
}

/// <summary>The sweeps enumerate the host's own OpenAPI document, so a new endpoint is swept without being listed by hand.</summary>
public static class OpenApiOperations
{
    public static async Task<IReadOnlyList<OpenApiOperation>> ReadAsync(TalentReformWebApplicationFactory factory)
    {
        using var client = factory.CreateAnonymousClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        await response.ShouldSucceedAsync();
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var schemas = new OpenApiSchemas(document["components"]?["schemas"]?.AsObject() ?? []);
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation?["requestBody"]?["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
                var schema = operation?["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject;
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, content, schemas) { JsonBodySchema = schemas.Resolve(schema) });
            }
        }

        return operations;
    }
}

/// <summary>The document's component schemas, for resolving "$ref"s.</summary>
public sealed class OpenApiSchemas(JsonObject components)
{
    public JsonObject? Resolve(JsonObject? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference
            ? components[reference[(reference.LastIndexOf('/') + 1)..]] as JsonObject
            : schema;

    /// <summary>
    /// A body the schema accepts in shape: each property from <paramref name="source"/> when it has one (a
    /// record as the API returned it; nested objects and arrays projected the same way), otherwise a plain
    /// sample of its type; properties outside the schema are left out, since the host refuses unknown members.
    /// </summary>
    public JsonNode? Sample(JsonObject? schema, JsonNode? source)
    {
        schema = Resolve(NonNull(schema));
        if (schema is null)
        {
            return source?.DeepClone();
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return source is JsonValue ? source.DeepClone() : values[0]?.DeepClone();
        }

        switch (TypeOf(schema))
        {
            case "object":
                var body = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    var value = source is JsonObject record ? record[name] : null;
                    body[name] = value is null && name.Contains("mail", StringComparison.OrdinalIgnoreCase)
                        ? "sweep@example.com"
                        : Sample(property as JsonObject, value);
                }

                return body;
            case "array":
                var items = schema["items"] as JsonObject;
                return source is JsonArray array ? new JsonArray(array.Select(e => Sample(items, e)).ToArray()) : new JsonArray();
            default:
                return source is JsonValue ? source.DeepClone() : Plain(schema);
        }
    }

    /// <summary>The non-null branch of a nullable "oneOf"/"anyOf".</summary>
    private static JsonObject? NonNull(JsonObject? schema) =>
        (schema?["oneOf"] ?? schema?["anyOf"]) is JsonArray branches
            ? branches.OfType<JsonObject>().FirstOrDefault(b => TypeOf(b) != "null")
            : schema;

    private static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray array => array.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        JsonValue value => value.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : null,
    };

    private static JsonNode? Plain(JsonObject schema)
    {
        var format = schema["format"]?.GetValue<string>();
        var minLength = schema["minLength"]?.GetValue<int>() ?? 0;
        return TypeOf(schema) switch
        {
            "string" when format == "uuid" => Guid.NewGuid().ToString(),
            "string" when format == "date" => "2026-12-01",
            "string" when format == "date-time" => "2026-12-01T00:00:00Z",
            "string" when format == "email" => "sweep@example.com",
            "string" => "sweep-sample".PadRight(minLength, 'x'),
            "integer" or "number" => schema["minimum"]?.GetValue<double>() is > 1 and var minimum ? minimum : 1,
            "boolean" => false,
            _ => null,
        };
    }
}
