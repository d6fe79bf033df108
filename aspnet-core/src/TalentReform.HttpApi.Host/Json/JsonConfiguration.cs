using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TalentReform.Validation;

namespace TalentReform.Json;

/// <summary>How the host reads and writes JSON: the same options for MVC and minimal APIs.</summary>
public static class JsonConfiguration
{
    /// <summary>
    /// Strict reading, so that only well-formed, unambiguous input reaches validation: unknown fields and
    /// duplicate keys are refused (a duplicate would let a proxy and the host see different values), numbers
    /// must be numbers, enums travel as their defined names only (an integer such as 999 is refused, not
    /// stored), and every string is normalised by <see cref="InputText"/>.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ConfigureForOpenApi(options);
        options.Converters.Add(new NormalizedStringConverter());
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(KeepRawTexts);
    }

    /// <summary>
    /// The options of minimal APIs, from which the OpenAPI document takes its schemas: the same rules without
    /// the string converter, whose JSON type the schema generator cannot know (every text and list of texts
    /// would lose its "type": "string" in the document and the generated client). No minimal API reads a
    /// body; controllers, which read every body, use <see cref="Configure"/>.
    /// </summary>
    public static void ConfigureForOpenApi(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
    }

    /// <summary>[RawText] string properties (passwords) are checked but not trimmed or normalised.</summary>
    private static void KeepRawTexts(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string)
                && property.AttributeProvider is MemberInfo member && member.IsDefined(typeof(RawTextAttribute), inherit: true))
            {
                property.CustomConverter = new RawStringConverter();
            }
        }
    }
}
