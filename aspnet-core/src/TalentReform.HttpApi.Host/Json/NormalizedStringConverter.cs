using System.Text.Json;
using System.Text.Json.Serialization;
using TalentReform.Validation;

namespace TalentReform.Json;

/// <summary>
/// Every JSON string the host reads — properties, list elements, dictionary keys — goes through
/// <see cref="InputText"/>: trimmed, NFC, no control characters. Writing is unchanged.
/// </summary>
public sealed class NormalizedStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        return Normalize(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Normalize(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Normalize(string value) =>
        InputText.TryNormalize(value, out var normalized, out var errorKey) ? normalized : throw new JsonInputException(errorKey!);
}

/// <summary>For a property marked [RawText] (passwords): checked by <see cref="InputText.TryAcceptRaw"/>, kept as typed.</summary>
public sealed class RawStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        var value = reader.GetString()!;
        return InputText.TryAcceptRaw(value, out var errorKey) ? value : throw new JsonInputException(errorKey!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
