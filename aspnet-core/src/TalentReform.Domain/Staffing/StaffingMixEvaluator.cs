namespace TalentReform.Staffing;

/// <summary>What a rule found in a unit's posts: the counts behind the share, and whether the rule is broken.</summary>
/// <param name="Count">Posts that meet the measure (the category, or skilled levels 1–2); for a band ratio, all professional posts.</param>
/// <param name="Total">Posts the share is taken of.</param>
/// <param name="Bands">Senior, middle and junior professional posts (band ratio only).</param>
public sealed record StaffingMixRuleResult(StaffingMixRule Rule, int Count, int Total, IReadOnlyList<int>? Bands, bool IsViolated)
{
    public double Share => Total == 0 ? 0 : (double)Count / Total;
}

/// <summary>
/// Evaluates 人员组合 rules against the posts of the rule's own unit (sub-units carry their own rules). Posts
/// count whether vacant, filled or frozen: the mix is a property of the approved structure, not of who is in it.
/// A rule with nothing to measure (no posts of the kind) is not violated.
/// </summary>
public static class StaffingMixEvaluator
{
    public static StaffingMixRuleResult Evaluate(StaffingMixRule rule, IReadOnlyCollection<Post> unitPosts) => rule.Kind switch
    {
        StaffingMixRuleKind.MinCategoryShare => MinShare(rule, unitPosts),
        StaffingMixRuleKind.LevelBandRatio => BandRatio(rule, unitPosts),
        StaffingMixRuleKind.MaxSkilledLowLevelShare => MaxSkilledTop(rule, unitPosts),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, null),
    };

    public static int BandOf(int level) =>
        level <= StaffingMixConsts.SeniorMaxLevel ? 0 : level <= StaffingMixConsts.MiddleMaxLevel ? 1 : 2;

    private static StaffingMixRuleResult MinShare(StaffingMixRule rule, IReadOnlyCollection<Post> posts)
    {
        var count = posts.Count(p => p.Category == rule.Category);
        var result = new StaffingMixRuleResult(rule, count, posts.Count, null, false);
        return result with { IsViolated = posts.Count > 0 && result.Share < rule.MinShare!.Value - 1e-9 };
    }

    private static StaffingMixRuleResult BandRatio(StaffingMixRule rule, IReadOnlyCollection<Post> posts)
    {
        var professional = posts.Where(p => p.Category == PostCategory.Professional && p.Level is not null).ToList();
        var bands = new int[3];
        foreach (var post in professional)
        {
            bands[BandOf(post.Level!.Value)]++;
        }

        var weights = rule.BandRatio!;
        var weightSum = (double)weights.Sum();
        var violated = professional.Count > 0 && Enumerable.Range(0, 3).Any(i =>
            Math.Abs(((double)bands[i] / professional.Count) - (weights[i] / weightSum)) > StaffingMixConsts.BandTolerance + 1e-9);
        return new StaffingMixRuleResult(rule, professional.Count, professional.Count, bands, violated);
    }

    private static StaffingMixRuleResult MaxSkilledTop(StaffingMixRule rule, IReadOnlyCollection<Post> posts)
    {
        var skilled = posts.Where(p => p.Category == PostCategory.Skilled).ToList();
        var top = skilled.Count(p => p.Level <= StaffingMixConsts.SkilledTopLevel);
        var result = new StaffingMixRuleResult(rule, top, skilled.Count, null, false);
        return result with { IsViolated = skilled.Count > 0 && result.Share > rule.MaxShare!.Value + 1e-9 };
    }
}
