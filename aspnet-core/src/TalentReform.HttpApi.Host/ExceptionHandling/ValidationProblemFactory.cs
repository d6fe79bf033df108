using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentReform.Json;
using TalentReform.Localization;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// Invalid model state → 400 with field errors and the code TalentReform:00400. Messages of the data
/// annotations are already localized (see LocalizedValidationMetadataProvider); JSON reader errors
/// (malformed body, wrong type, unknown field, duplicate field, undefined enum value, refused text) get a
/// localized message instead of the parser's, under the JSON path of the value.
/// </summary>
public static class ValidationProblemFactory
{
    public static IActionResult Create(ActionContext context)
    {
        var culture = CultureInfo.CurrentUICulture;
        var entries = context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList();
        // When the body could not be read, MVC also reports the whole parameter as missing: that is noise.
        if (entries.Any(e => e.Key.StartsWith('$')))
        {
            entries = entries.Where(e => e.Key.StartsWith('$')).ToList();
        }

        var errors = entries
            .ToDictionary(
                e => string.IsNullOrEmpty(e.Key) ? "$" : e.Key,
                e => e.Value!.Errors.Select(error => Localize(e.Key, error, culture)).Distinct().ToArray());

        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = TalentReformResource.Get(TalentReformErrorCodes.ValidationFailed, culture),
        };
        problem.Detail = string.Join(" ", errors.Values.SelectMany(v => v).Take(3));
        problem.Extensions[ProblemDetailsWriter.CodeExtension] = TalentReformErrorCodes.ValidationFailed;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string Localize(string key, ModelError error, CultureInfo culture)
    {
        if (error.Exception is JsonInputException refused)
        {
            return TalentReformResource.Get(refused.Key, culture);
        }

        var raw = error.Exception?.Message ?? error.ErrorMessage;
        if (raw.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return TalentReformResource.Get("Validation:UnknownField", culture, key.TrimStart('$', '.'));
        }

        if (raw.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return TalentReformResource.Get("Validation:DuplicateField", culture);
        }

        if (UndefinedEnum(raw) is { } enumType)
        {
            return TalentReformResource.Get("Validation:UndefinedEnum", culture, FieldName(key), string.Join(", ", Enum.GetNames(enumType)));
        }

        // Reader and converter failures carry a JSON path key ("$.foo") or are the parser's own English.
        if (error.Exception is not null || key.StartsWith('$') || raw.StartsWith("The JSON value", StringComparison.Ordinal)
            || raw.Contains("is invalid", StringComparison.Ordinal) || raw.Length == 0)
        {
            return TalentReformResource.Get("Validation:InvalidJson", culture);
        }

        return raw;
    }

    /// <summary>The enum of the serializer's "The JSON value could not be converted to TalentReform.X.Kind." (a number or an unknown name).</summary>
    private static Type? UndefinedEnum(string message)
    {
        const string marker = "could not be converted to ";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = message.IndexOf(". ", start, StringComparison.Ordinal);
        var name = end < 0 ? message[start..].TrimEnd('.') : message[start..end];
        const string nullable = "System.Nullable`1[";
        if (name.StartsWith(nullable, StringComparison.Ordinal) && name.EndsWith(']'))
        {
            name = name[nullable.Length..^1];
        }

        return EnumTypes.Value.GetValueOrDefault(name);
    }

    private static readonly Lazy<Dictionary<string, Type>> EnumTypes = new(() => typeof(TalentReformErrorCodes).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .ToDictionary(t => t.FullName!, t => t));

    /// <summary>"$.steps[1].assigneeKind" → "assigneeKind".</summary>
    private static string FieldName(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot < 0 ? key.TrimStart('$') : key[(dot + 1)..];
    }
}
