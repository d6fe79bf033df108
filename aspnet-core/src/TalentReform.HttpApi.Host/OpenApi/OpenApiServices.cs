namespace TalentReform.OpenApi;

/// <summary>The OpenAPI document the Angular client is generated from (operation ids, camelCase query parameters, bearer scheme).</summary>
public static class OpenApiServices
{
    public static WebApplicationBuilder AddTalentReformOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o =>
        {
            o.AddOperationTransformer<OperationIdTransformer>();
            o.AddOperationTransformer<CamelCaseQueryParametersTransformer>();
            o.AddSchemaTransformer<EnumSchemaTransformer>();
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
        return builder;
    }
}
