using System.Reflection;
using System.Text.RegularExpressions;

namespace TalentReform.Localization;

/// <summary>The UI texts endpoint and the completeness of the two localization files.</summary>
public partial class LocalizationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task English_texts_are_served_for_culture_en()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var result = await client.GetJsonAsync<LocalizationDto>("/api/app/localization?culture=en");

        // Assert
        result.Culture.ShouldBe(LocalizationCultures.English);
        result.SupportedCultures.ShouldBe([LocalizationCultures.Default, LocalizationCultures.English]);
        result.Texts.ShouldBe(TalentReformResource.GetTexts(LocalizationCultures.English));
        Chinese().IsMatch(result.Texts[TalentReformErrorCodes.InvalidCredentials]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    public async Task Chinese_texts_are_served_for_a_chinese_culture(string culture)
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();

        // Act
        var result = await client.GetJsonAsync<LocalizationDto>($"/api/app/localization?culture={culture}");

        // Assert
        result.Culture.ShouldBe(LocalizationCultures.Default);
        result.Texts.ShouldBe(TalentReformResource.GetTexts(LocalizationCultures.Default));
        Chinese().IsMatch(result.Texts[TalentReformErrorCodes.InvalidCredentials]).ShouldBeTrue();
    }

    [Fact]
    public async Task Without_a_culture_the_accept_language_decides()
    {
        // Arrange
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        // Act
        var result = await client.GetJsonAsync<LocalizationDto>("/api/app/localization");

        // Assert
        result.Culture.ShouldBe(LocalizationCultures.English);
    }

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_text()
    {
        // Arrange
        var zh = TalentReformResource.GetTexts(LocalizationCultures.Default);
        var en = TalentReformResource.GetTexts(LocalizationCultures.English);

        // Assert
        zh.Keys.Except(en.Keys).ShouldBeEmpty("keys only in zh-Hans.json");
        en.Keys.Except(zh.Keys).ShouldBeEmpty("keys only in en.json");
        zh.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty();
        en.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_error_code_has_a_text_in_both_languages()
    {
        // Arrange
        var codes = typeof(TalentReformErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name != nameof(TalentReformErrorCodes.Prefix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        // Assert
        codes.Count.ShouldBeGreaterThanOrEqualTo(20);
        codes.ShouldAllBe(c => c.StartsWith(TalentReformErrorCodes.Prefix));
        foreach (var culture in LocalizationCultures.Supported)
        {
            var texts = TalentReformResource.GetTexts(culture);
            codes.Where(c => !texts.ContainsKey(c) || string.IsNullOrWhiteSpace(texts[c])).ShouldBeEmpty($"error codes without a text in {culture}");
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
