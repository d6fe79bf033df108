using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Localization;

namespace TalentReform.ExceptionHandling;

/// <summary>Writes an RFC 7807 problem with the product's error code and its localized message.</summary>
public sealed class ProblemDetailsWriter(IProblemDetailsService problemDetails)
{
    public const string CodeExtension = "code";

    public static ProblemDetails Create(int status, string code, params object?[] args)
    {
        var message = TalentReformResource.Get(code, CultureInfo.CurrentUICulture, args);
        var problem = new ProblemDetails { Status = status, Title = message, Detail = message };
        problem.Extensions[CodeExtension] = code;
        return problem;
    }

    public Task WriteAsync(HttpContext context, int status, string code, params object?[] args) =>
        WriteAsync(context, Create(status, code, args));

    public async Task WriteAsync(HttpContext context, ProblemDetails problem, Exception? exception = null)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
