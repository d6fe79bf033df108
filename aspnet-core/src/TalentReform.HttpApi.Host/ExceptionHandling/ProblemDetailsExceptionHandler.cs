using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TalentReform.Localization;

namespace TalentReform.ExceptionHandling;

/// <summary>
/// The one place where exceptions become HTTP answers: business rule 422/409 (or its own status),
/// not found 404, concurrency 409, bad request 400, anything else 500 — never with internals (the exception,
/// its stack trace), in Development neither: any caller, anonymous too, reads the answer; the log has them.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    ProblemDetailsWriter writer,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            Talents.RuleValidationException e => RuleValidationProblem(e),
            BusinessException e => ProblemDetailsWriter.Create(e.Status, e.Code, e.Args.ToArray()),
            EntityNotFoundException e => ProblemDetailsWriter.Create(StatusCodes.Status404NotFound, TalentReformErrorCodes.EntityNotFound,
                TalentReformResource.Get(e.EntityName, CultureInfo.CurrentUICulture), e.Id),
            ConcurrencyConflictException or DbUpdateConcurrencyException =>
                ProblemDetailsWriter.Create(StatusCodes.Status409Conflict, TalentReformErrorCodes.ConcurrencyConflict),
            AntiforgeryValidationException => ProblemDetailsWriter.Create(StatusCodes.Status400BadRequest, TalentReformErrorCodes.AntiforgeryFailed),
            BadHttpRequestException e => ProblemDetailsWriter.Create(e.StatusCode, TalentReformErrorCodes.ValidationFailed),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = ProblemDetailsWriter.Create(StatusCodes.Status500InternalServerError, TalentReformErrorCodes.InternalError);
        }
        else
        {
            logger.LogInformation("{Status} {Code} on {Method} {Path}: {Message}", problem.Status, problem.Extensions[ProblemDetailsWriter.CodeExtension],
                httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }

        await writer.WriteAsync(httpContext, problem);
        return true;
    }

    /// <summary>A benefit rule that cannot be kept: 400 with every fault under its path (rules[1].condition.children[0]).</summary>
    private static ProblemDetails RuleValidationProblem(Talents.RuleValidationException e)
    {
        var problem = ProblemDetailsWriter.Create(StatusCodes.Status400BadRequest, e.Code, e.Args.ToArray());
        problem.Extensions["errors"] = e.Errors
            .GroupBy(f => f.Path)
            .ToDictionary(g => g.Key, g => g.Select(f => TalentReformResource.Get(f.Code, CultureInfo.CurrentUICulture, f.Args.ToArray())).ToArray());
        return problem;
    }
}
