using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TalentReform.Localization;

/// <summary>IStringLocalizer over the product's JSON resource, for MVC's validation messages.</summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, []);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TalentReformResource.GetTexts(CultureInfo.CurrentUICulture.Name).Select(t => new LocalizedString(t.Key, t.Value));

    private static LocalizedString Find(string name, object[] arguments)
    {
        var texts = TalentReformResource.GetTexts(CultureInfo.CurrentUICulture.Name);
        var found = texts.ContainsKey(name);
        return new LocalizedString(name, TalentReformResource.Get(name, CultureInfo.CurrentUICulture, arguments), resourceNotFound: !found);
    }
}

public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private static readonly JsonStringLocalizer Localizer = new();

    public IStringLocalizer Create(Type resourceSource) => Localizer;

    public IStringLocalizer Create(string baseName, string location) => Localizer;
}
