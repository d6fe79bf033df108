using System.Text.Json;

namespace TalentReform.Json;

/// <summary>
/// A JSON value the product refuses while reading the body (e.g. a NUL in a text): the serializer adds the
/// path ($.steps[1].nameZh), and the validation problem shows the localized text of <see cref="Key"/> under it.
/// </summary>
public sealed class JsonInputException(string key) : JsonException($"Refused JSON value: {key}.")
{
    public string Key { get; } = key;
}
