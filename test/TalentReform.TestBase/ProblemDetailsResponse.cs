using System.Net;
using System.Text.Json;
using Shouldly;

namespace TalentReform;

/// <summary>An RFC 7807 answer of the host: the product's error code and, for validation, field errors.</summary>
public sealed record ProblemDetailsResponse(
    int? Status,
    string? Title,
    string? Detail,
    string? Code,
    IReadOnlyDictionary<string, string[]> Errors,
    string Body);

public static class ProblemDetailsHttpExtensions
{
    public const string ContentType = "application/problem+json";

    public static async Task<ProblemDetailsResponse> ReadProblemAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ContentType, $"not a problem: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var errors = new Dictionary<string, string[]>();
        if (root.TryGetProperty("errors", out var errorsElement) && errorsElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errorsElement.EnumerateObject())
            {
                errors[field.Name] = field.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();
            }
        }

        return new ProblemDetailsResponse(
            root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number ? status.GetInt32() : null,
            StringOrNull(root, "title"),
            StringOrNull(root, "detail"),
            StringOrNull(root, "code"),
            errors,
            body);
    }

    /// <summary>Asserts the status and the product's error code, then returns the problem for further checks.</summary>
    public static async Task<ProblemDetailsResponse> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        var problem = await response.ReadProblemAsync();
        problem.Status.ShouldBe((int)status, body);
        problem.Code.ShouldBe(code, body);
        problem.Title.ShouldNotBeNullOrWhiteSpace(body);
        return problem;
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
