using System.Text.Json.Nodes;

namespace TalentReform.OpenApi;

/// <summary>One operation of the served OpenAPI document: "GET /api/app/persons/{id}" and what its body takes.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<string> BodyContentTypes)
{
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
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation?["requestBody"]?["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, content));
            }
        }

        return operations;
    }
}
