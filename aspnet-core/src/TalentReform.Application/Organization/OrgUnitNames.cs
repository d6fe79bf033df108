using System.Globalization;

namespace TalentReform.Organization;

/// <summary>A unit's name in the caller's language (English only for an English UI culture).</summary>
public static class OrgUnitNames
{
    public static string Localized(string nameZh, string nameEn) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? nameEn : nameZh;

    public static string LocalizedName(this OrgUnit unit) => Localized(unit.NameZh, unit.NameEn);
}
