using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentReform.Validation;

/// <summary>One generated request: what it breaks, its body text and its content type (null: no Content-Type header).</summary>
public sealed record MalformedRequest(string Name, string Body, string? ContentType = "application/json")
{
    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
        if (ContentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(ContentType) { CharSet = "utf-8" };
        }

        return content;
    }
}

/// <summary>
/// Generates requests that must all be refused, from an operation's request schema: a plausible body built
/// from the schema (types, formats, limits, enums) with exactly one fault each — a wrong type, a missing
/// required field, an extra or duplicate field, an undefined enum value, a null list element, a number out of
/// range or beyond its type, an extreme date, an over-long, invisible or NUL text — plus faults of the
/// body as a whole (empty, truncated, deeply nested, not JSON, another content type). Deterministic for a seed.
/// </summary>
public sealed class MalformedRequests(OpenApiSchemas schemas, Random random)
{
    private const int MaxDepth = 3;
    private static readonly string Megabyte = new('字', 1024 * 1024 / 3);

    public IEnumerable<MalformedRequest> For(JsonElement bodySchema)
    {
        var schema = schemas.Resolve(bodySchema);
        var valid = Valid(schema, 0) ?? new JsonObject();
        var text = valid.ToJsonString();

        foreach (var request in WholeBody(text, valid))
        {
            yield return request;
        }

        if (valid is not JsonObject root)
        {
            yield break;
        }

        foreach (var name in OpenApiSchemas.Required(schema))
        {
            yield return With($"missing required {name}", root, o => o.Remove(name));
        }

        if (OpenApiSchemas.Required(schema).Count > 1)
        {
            yield return new MalformedRequest("no required field", "{}");
        }

        var hugeDone = false;
        foreach (var (path, name, property, required) in Targets(schema, [], 0))
        {
            // Below the top level, three of the property's bad values (chosen by the seed) keep the sweep short.
            var values = BadValues(property, required).ToList();
            foreach (var (label, value) in path.Count == 0 ? values : values.OrderBy(_ => random.Next()).Take(3))
            {
                yield return With($"{string.Join('.', path.Append(name))}: {label}", root, o => Parent(o, path)[name] = value?.DeepClone());
            }

            if (!hugeDone && OpenApiSchemas.TypeOf(schemas.Resolve(property)) == "string" && OpenApiSchemas.Format(schemas.Resolve(property)) is null)
            {
                hugeDone = true;
                yield return With($"{name}: 1 MB text", root, o => Parent(o, path)[name] = Megabyte);
            }
        }
    }

    /// <summary>Faults of the body as a whole.</summary>
    private static IEnumerable<MalformedRequest> WholeBody(string text, JsonNode valid)
    {
        yield return new MalformedRequest("empty body", string.Empty);
        yield return new MalformedRequest("text/plain", text, "text/plain");
        yield return new MalformedRequest("xml", "<body/>", "application/xml");
        yield return new MalformedRequest("form", "a=1&b=2", "application/x-www-form-urlencoded");
        yield return new MalformedRequest("no content type", text, null);
        yield return new MalformedRequest("truncated", text[..^1]);
        yield return new MalformedRequest("unterminated", "{");
        yield return new MalformedRequest("trailing garbage", text + "x");
        yield return new MalformedRequest("comment", "/* c */" + text);
        yield return new MalformedRequest("single quotes", text.Replace('"', '\''));
        yield return new MalformedRequest("null body", "null");
        yield return new MalformedRequest("number body", "1e400");
        yield return new MalformedRequest("string body", "\"x\"");
        yield return new MalformedRequest(valid is JsonArray ? "object body" : "array body", valid is JsonArray ? "{}" : "[]");
        yield return new MalformedRequest("1000 nested arrays", new string('[', 1000) + new string(']', 1000));
        yield return new MalformedRequest("1000 nested objects",
            string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000));
        if (valid is JsonObject root)
        {
            yield return new MalformedRequest("trailing comma", text[..^1] + (root.Count > 0 ? ",}" : "}"));
            var extra = (JsonObject)root.DeepClone();
            extra["bogusField"] = 1;
            yield return new MalformedRequest("extra field", extra.ToJsonString());
            if (root.Count > 0)
            {
                var (name, value) = root.First();
                yield return new MalformedRequest($"duplicate key {name}", text[..^1] + $",\"{name}\":{value?.ToJsonString() ?? "null"}}}");
            }
        }
    }

    /// <summary>Values of the property's type that are each refused; none is accepted by a correct host.</summary>
    private IEnumerable<(string Label, JsonNode? Value)> BadValues(JsonElement declared, bool required)
    {
        var schema = schemas.Resolve(declared);
        var type = OpenApiSchemas.TypeOf(schema);
        if (required || !OpenApiSchemas.IsNullable(declared))
        {
            // null for a field that must have a value (a non-nullable number, a required text).
            if (required || type is "integer" or "number" or "boolean" or "enum" || OpenApiSchemas.Format(schema) is "uuid" or "date" or "date-time")
            {
                yield return ("null", null);
            }
        }

        switch (type)
        {
            case "enum":
                yield return ("enum 999", 999);
                yield return ("enum -1", -1);
                yield return ("enum 0 as number", 0);
                yield return ("undefined enum name", "NoSuchValue");
                yield return ("enum number as text", "1");
                yield return ("wrong type", true);
                break;
            case "integer":
                yield return ("int overflow", JsonNode.Parse("2147483648"));
                yield return ("int underflow", JsonNode.Parse("-2147483649"));
                yield return ("huge number", JsonNode.Parse("99999999999999999999999"));
                yield return ("1e400", JsonNode.Parse("1e400"));
                yield return ("fraction", 1.5);
                yield return ("number as text", "12");
                if (OpenApiSchemas.Number(schema, "maximum") is { } max && max < int.MaxValue)
                {
                    yield return ("above maximum", (long)max + 1);
                    yield return ("int.MaxValue", int.MaxValue);
                }

                if (OpenApiSchemas.Number(schema, "minimum") is { } min && min > int.MinValue)
                {
                    yield return ("below minimum", (long)min - 1);
                }

                break;
            case "number":
                yield return ("1e400", JsonNode.Parse("1e400"));
                yield return ("-1e400", JsonNode.Parse("-1e400"));
                yield return ("NaN text", "NaN");
                yield return ("number as text", "1.5");
                if (OpenApiSchemas.Number(schema, "maximum") is { } maximum)
                {
                    yield return ("huge number", JsonNode.Parse("99999999999999999999999"));
                    yield return ("above maximum", maximum + 1);
                }

                if (OpenApiSchemas.Number(schema, "minimum") is { } minimum)
                {
                    yield return ("below minimum", minimum - 1);
                }

                break;
            case "boolean":
                yield return ("boolean as text", "true");
                yield return ("boolean as number", 1);
                break;
            case "string":
                foreach (var value in BadStrings(schema, required))
                {
                    yield return value;
                }

                break;
            case "array":
                yield return ("wrong type", JsonNode.Parse("{\"a\":1}"));
                yield return ("null element", new JsonArray(null, Valid(schemas.Resolve(schema.GetProperty("items")), MaxDepth)));
                yield return ("element of wrong type", new JsonArray(WrongType(schemas.Resolve(schema.GetProperty("items")))));
                if (OpenApiSchemas.Number(schema, "minItems") is > 0)
                {
                    yield return ("too few items", new JsonArray());
                }

                if (OpenApiSchemas.Number(schema, "maxItems") is { } maxItems && maxItems < 1000)
                {
                    var items = new JsonArray();
                    for (var i = 0; i <= maxItems; i++)
                    {
                        items.Add(Valid(schemas.Resolve(schema.GetProperty("items")), MaxDepth));
                    }

                    yield return ("too many items", items);
                }

                break;
            case "object":
                yield return ("wrong type", new JsonArray(1, 2));
                yield return ("text instead of object", "x");
                break;
        }
    }

    private static IEnumerable<(string Label, JsonNode? Value)> BadStrings(JsonElement schema, bool required)
    {
        switch (OpenApiSchemas.Format(schema))
        {
            case "uuid":
                yield return ("not a uuid", "not-a-guid");
                yield return ("uuid as number", 42);
                yield break;
            case "date":
                yield return ("date 0001-01-01", "0001-01-01");
                yield return ("date 9999-12-31", "9999-12-31");
                yield return ("impossible date", "2026-02-30");
                yield return ("date as number", 20260101);
                yield break;
            case "date-time":
                yield return ("date-time 0001", "0001-01-01T00:00:00+00:00");
                yield return ("date-time 9999", "9999-12-31T23:59:59+00:00");
                yield return ("not a date-time", "yesterday");
                yield break;
        }

        yield return ("number instead of text", 12345);
        yield return ("NUL", "a\u0000b");
        yield return ("control character", "a\u0007b");
        yield return ("lone surrogate", "a\uD800b");
        if (required || OpenApiSchemas.Number(schema, "minLength") is > 0)
        {
            yield return ("zero-width only", "\u200B\u200B");
            yield return ("BOM only", "\uFEFF");
            yield return ("invisible only", " \u2060\u200D\u00A0 ");
        }

        if (OpenApiSchemas.Number(schema, "maxLength") is { } maxLength)
        {
            yield return ("one over max length", new string('x', (int)maxLength + 1));
        }
    }

    private static JsonNode? WrongType(JsonElement schema) => OpenApiSchemas.TypeOf(schema) switch
    {
        "string" or "enum" => JsonValue.Create(123),
        _ => JsonValue.Create("wrong"),
    };

    /// <summary>Every property to break: the top level and, below it, objects and the first element of object lists.</summary>
    private IEnumerable<(IReadOnlyList<string> Path, string Name, JsonElement Schema, bool Required)> Targets(JsonElement schema, IReadOnlyList<string> path, int depth)
    {
        var required = OpenApiSchemas.Required(schema);
        foreach (var (name, property) in OpenApiSchemas.Properties(schema))
        {
            yield return (path, name, property, required.Contains(name));
            if (depth + 1 >= MaxDepth - 1)
            {
                continue;
            }

            var resolved = schemas.Resolve(property);
            switch (OpenApiSchemas.TypeOf(resolved))
            {
                case "object" when resolved.TryGetProperty("properties", out _):
                    foreach (var target in Targets(resolved, [.. path, name], depth + 1))
                    {
                        yield return target;
                    }

                    break;
                case "array" when OpenApiSchemas.TypeOf(schemas.Resolve(resolved.GetProperty("items"))) == "object":
                    foreach (var target in Targets(schemas.Resolve(resolved.GetProperty("items")), [.. path, name, "0"], depth + 1))
                    {
                        yield return target;
                    }

                    break;
            }
        }
    }

    /// <summary>A value the schema allows: within its limits, every property set (objects below <see cref="MaxDepth"/> only with what they require).</summary>
    private JsonNode? Valid(JsonElement schema, int depth)
    {
        schema = schemas.Resolve(schema);
        switch (OpenApiSchemas.TypeOf(schema))
        {
            case "enum":
                return OpenApiSchemas.EnumNames(schema)[0];
            case "boolean":
                return false;
            case "integer":
                return (long)(OpenApiSchemas.Number(schema, "minimum") is { } min && min > 1 ? min : Math.Min(1, OpenApiSchemas.Number(schema, "maximum") ?? 1));
            case "number":
                return OpenApiSchemas.Number(schema, "minimum") is { } minimum ? Math.Max(minimum, Math.Min(0.5, OpenApiSchemas.Number(schema, "maximum") ?? 0.5)) : 0.5;
            case "string":
                return OpenApiSchemas.Format(schema) switch
                {
                    "uuid" => RandomGuid(),
                    "date" => "2026-06-01",
                    "date-time" => "2026-06-01T08:00:00+08:00",
                    _ => Text(schema),
                };
            case "array":
                var items = new JsonArray();
                var itemSchema = schemas.Resolve(schema.GetProperty("items"));
                var count = (int)Math.Max(OpenApiSchemas.Number(schema, "minItems") ?? 0, depth < MaxDepth && OpenApiSchemas.TypeOf(itemSchema) == "object" ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    items.Add(Valid(itemSchema, depth + 1));
                }

                return items;
            case "object":
                var result = new JsonObject();
                var required = OpenApiSchemas.Required(schema);
                foreach (var (name, property) in OpenApiSchemas.Properties(schema))
                {
                    if (depth < MaxDepth || required.Contains(name))
                    {
                        result[name] = Valid(property, depth + 1);
                    }
                }

                return result;
            default:
                return null;
        }
    }

    private string RandomGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static string Text(JsonElement schema)
    {
        var length = (int)Math.Max(OpenApiSchemas.Number(schema, "minLength") ?? 1, 1);
        return schema.TryGetProperty("pattern", out _) ? new string('a', length) : "测试" + new string('x', Math.Max(0, length - 2));
    }

    private static MalformedRequest With(string name, JsonObject root, Action<JsonObject> change)
    {
        var copy = (JsonObject)root.DeepClone();
        change(copy);
        return new MalformedRequest(name, copy.ToJsonString());
    }

    /// <summary>The object at the path ("steps", "0"), created on the way when the plausible body left it out.</summary>
    private static JsonObject Parent(JsonObject root, IReadOnlyList<string> path)
    {
        JsonNode node = root;
        for (var i = 0; i < path.Count; i++)
        {
            if (node is JsonArray array)
            {
                var index = int.Parse(path[i], CultureInfo.InvariantCulture);
                while (array.Count <= index)
                {
                    array.Add(new JsonObject());
                }

                node = array[index] ??= new JsonObject();
                continue;
            }

            var owner = (JsonObject)node;
            var nextIsIndex = i + 1 < path.Count && int.TryParse(path[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (owner[path[i]] is not (JsonObject or JsonArray))
            {
                owner[path[i]] = nextIsIndex ? new JsonArray() : new JsonObject();
            }

            node = owner[path[i]]!;
        }

        return (JsonObject)node;
    }
}
