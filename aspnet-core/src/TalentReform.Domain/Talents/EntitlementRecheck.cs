using System.Globalization;
using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 发放前复核: before an installment is paid, the talent must still be on the zone's books (active profile) and
/// still meet the conditions of the rule the benefit was granted under (same policy version), on today's facts —
/// e.g. still employed by a company registered in the zone. A failure gives the reason the installment is
/// suspended with, in the zone's official language (zh-Hans), as it goes into the payment record.
/// </summary>
public class EntitlementRecheck(IRepository<TalentProfile> profiles, IRepository<TalentPolicy> policies)
{
    private static readonly CultureInfo RecordCulture = CultureInfo.GetCultureInfo(LocalizationCultures.Default);

    /// <returns>Null when the entitlement is still due, otherwise why not.</returns>
    public async Task<string?> FindFailureAsync(Entitlement entitlement, DateOnly today, CancellationToken cancellationToken = default) =>
        FindFailure(
            entitlement, await profiles.FindAsync(entitlement.ProfileId, cancellationToken), await policies.GetAsync(entitlement.PolicyId, cancellationToken), today);

    /// <summary>The same check on a profile and policy version already loaded (a payment batch loads them all at once).</summary>
    public static string? FindFailure(Entitlement entitlement, TalentProfile? profile, TalentPolicy policy, DateOnly today)
    {
        if (profile is null || !profile.IsActive)
        {
            return TalentReformResource.Get("TalentRecheck:ProfileInactive", RecordCulture);
        }

        var rule = policy.Rules.FirstOrDefault(r => r.Code == entitlement.RuleCode);
        if (rule is null)
        {
            return TalentReformResource.Get("TalentRecheck:RuleGone", RecordCulture, entitlement.RuleCode);
        }

        var outcome = ConditionEvaluator.Evaluate(rule.Condition, profile.Facts, today);
        return outcome.Passed
            ? null
            : string.Join("；", outcome.FailedLeaves().Select(l => l.Hint?.ToString(null, RecordCulture) ?? TalentReformResource.Get("TalentHint:MustNot", RecordCulture)));
    }
}
