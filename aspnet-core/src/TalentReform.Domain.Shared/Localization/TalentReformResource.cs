using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace TalentReform.Localization;

/// <summary>
/// The one localization resource of the product, in ABP's JSON format
/// (<c>{"culture":"zh-Hans","texts":{...}}</c>), embedded in this assembly. Shared by server messages
/// and the Angular UI (served by the localization endpoint), so a text exists exactly once.
/// </summary>
public static class TalentReformResource
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Cache = new();

    public static IReadOnlyDictionary<string, string> GetTexts(string culture) =>
        Cache.GetOrAdd(Normalize(culture), Load);

    /// <summary>Maps any culture to a supported one: zh, zh-CN, zh-Hans-CN → zh-Hans; en-US → en.</summary>
    public static string Normalize(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return LocalizationCultures.Default;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? LocalizationCultures.English
            : LocalizationCultures.Default;
    }

    public static string Get(string key, CultureInfo culture, params object?[] args)
    {
        var texts = GetTexts(culture.Name);
        if (!texts.TryGetValue(key, out var text))
        {
            return key;
        }

        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(TalentReformResource).Assembly;
        var name = $"{assembly.GetName().Name}.Localization.TalentReform.{culture}.json";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Localization resource '{name}' is missing.");
        var file = JsonSerializer.Deserialize<ResourceFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"Localization resource '{name}' is empty.");
        return file.Texts;
    }

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}
