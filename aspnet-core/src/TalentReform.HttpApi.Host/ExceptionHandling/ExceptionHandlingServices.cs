namespace TalentReform.ExceptionHandling;

/// <summary>Every error answer as problem details: business exceptions with their localized code, the rest as 500.</summary>
public static class ExceptionHandlingServices
{
    public static WebApplicationBuilder AddTalentReformExceptionHandling(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProblemDetailsWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return builder;
    }
}
