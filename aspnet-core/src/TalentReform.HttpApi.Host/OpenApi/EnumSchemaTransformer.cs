using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TalentReform.OpenApi;

/// <summary>
/// Enums travel as their names, so their schemas say <c>type: string</c> and list only the names. Without the
/// type the client generator emits no value arrays, and the UI copied the lists by hand. A null in the list (from
/// a nullable use of the enum) is dropped: nullability belongs to the property, which says it itself.
/// </summary>
public sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { Count: > 0 } values)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = values.Where(value => value is JsonValue).ToList();
        }

        return Task.CompletedTask;
    }
}
