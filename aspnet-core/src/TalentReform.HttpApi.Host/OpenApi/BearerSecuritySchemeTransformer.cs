using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TalentReform.OpenApi;

/// <summary>Declares the bearer token (from POST /api/account/token) so the API reference can send it.</summary>
public sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "POST /api/account/token, then send 'Authorization: Bearer <accessToken>'.",
        };
        return Task.CompletedTask;
    }
}
