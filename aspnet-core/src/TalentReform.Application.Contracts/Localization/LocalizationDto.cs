namespace TalentReform.Localization;

public record LocalizationDto(string Culture, IReadOnlyList<string> SupportedCultures, IReadOnlyDictionary<string, string> Texts);
