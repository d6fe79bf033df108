using TalentReform.Localization;

namespace TalentReform.Planning.Impact;

/// <summary>The localizable text of a stored violation ("PlanRule:{Kind}"), its "Enum:" arguments localized too.</summary>
public static class PlanViolationText
{
    public static LocalizedText Of(PlanViolation violation) =>
        new("PlanRule:" + violation.Kind, violation.Args.Select(a => a.StartsWith("Enum:", StringComparison.Ordinal) ? new LocalizedText(a) : (object)a).ToArray());
}
