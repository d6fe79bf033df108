using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TalentReform.Localization;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// Invalid model state → 400 with field errors and the code TalentReform:00400. Messages of the data
/// annotations are already localized (see LocalizedValidationMetadataProvider); JSON reader errors
/// (malformed body, wrong type, unknown field) get a localized message instead of the parser's.
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
        var raw = error.Exception?.Message ?? error.ErrorMessage;
        if (raw.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return TalentReformResource.Get("Validation:UnknownField", culture, key.TrimStart('$', '.'));
        }

        // Reader and converter failures carry a JSON path key ("$.foo") or are the parser's own English.
        if (error.Exception is not null || key.StartsWith('$') || raw.StartsWith("The JSON value", StringComparison.Ordinal)
            || raw.Contains("is invalid", StringComparison.Ordinal) || raw.Length == 0)
        {
            return TalentReformResource.Get("Validation:InvalidJson", culture);
        }

        return raw;
    }
}
