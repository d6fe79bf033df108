using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TalentReform.OpenApi;

/// <summary>
/// Stable operation ids ("Zone_GetList") so the generated TypeScript client has readable, unique
/// method names that do not change when routes are reordered.
/// </summary>
public sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            var name = action.ActionName.EndsWith("Async", StringComparison.Ordinal) ? action.ActionName[..^5] : action.ActionName;
            operation.OperationId = $"{action.ControllerName}_{name}";
        }

        return Task.CompletedTask;
    }
}
