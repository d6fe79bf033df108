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

    /// <summary>
    /// Merges every embedded file of the culture: the platform's <c>{culture}.json</c> and one per module
    /// (<c>Organization/{culture}.json</c>, ...). A key defined twice is a bug and fails loudly.
    /// </summary>
    private static IReadOnlyDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(TalentReformResource).Assembly;
        var prefix = $"{assembly.GetName().Name}.Localization.TalentReform.";
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && (n == prefix + culture + ".json" || n.EndsWith("." + culture + ".json", StringComparison.Ordinal)))
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No localization resource for culture '{culture}'.");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<ResourceFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidOperationException($"Localization resource '{name}' is empty.");
            foreach (var (key, text) in file.Texts)
            {
                if (!texts.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"Localization key '{key}' is defined twice ({name}).");
                }
            }
        }

        return texts;
    }

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}
