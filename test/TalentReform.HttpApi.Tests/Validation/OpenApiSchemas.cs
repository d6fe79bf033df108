using System.Text.Json;

namespace TalentReform.Validation;

/// <summary>Reads the host's OpenAPI 3.1 document: schemas with $ref and nullable unions resolved.</summary>
public sealed class OpenApiSchemas(JsonElement document)
{
    private readonly JsonElement _components = document.GetProperty("components").GetProperty("schemas");

    /// <summary>The schema behind $ref and behind oneOf [null, X].</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = _components.GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                schema = oneOf.EnumerateArray().First(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }

    /// <summary>The schema's non-null type: object, array, string, integer, number, boolean, or "enum".</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null")
            : type.GetString()!;
    }

    public static bool IsNullable(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "null"))
        || ((schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            && oneOf.EnumerateArray().Any(s => s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));

    public static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static double? Number(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static IReadOnlyList<string> EnumNames(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();

    public static IReadOnlyList<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToList() : [];

    public static IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => (p.Name, p.Value)) : [];
}
