using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>人员组合 rules: parameters checked per kind, and each kind evaluated against posts as the contract defines.</summary>
public class StaffingMixTests
{
    private static readonly Guid Zone = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();

    [Fact]
    public void A_rule_without_the_parameters_of_its_kind_is_refused()
    {
        // Act + Assert
        var error = ((Action)(() => Rule(StaffingMixRuleKind.MinCategoryShare, null, 0.7, null, null))).ShouldBeRefusedWith(TalentReformErrorCodes.StaffingMixRuleInvalid);
        error.Message(LocalizationCultures.Default).ShouldBe("人员组合规则“岗位类别占比下限”的参数不完整或超出范围。");
        ((Action)(() => Rule(StaffingMixRuleKind.LevelBandRatio, null, null, [1, 3], null))).ShouldBeRefusedWith(TalentReformErrorCodes.StaffingMixRuleInvalid);
        ((Action)(() => Rule(StaffingMixRuleKind.MaxSkilledLowLevelShare, null, null, null, 1.5))).ShouldBeRefusedWith(TalentReformErrorCodes.StaffingMixRuleInvalid);
    }

    [Fact]
    public void Min_share_counts_the_category_among_all_posts()
    {
        // Arrange: 5 professional of 8.
        var posts = Posts(PostCategory.Professional, 10, 5).Concat(Posts(PostCategory.Management, 9, 3)).ToList();

        // Act
        var result = StaffingMixEvaluator.Evaluate(Rule(StaffingMixRuleKind.MinCategoryShare, PostCategory.Professional, 0.7, null, null), posts);

        // Assert
        (result.Count, result.Total, result.Share, result.IsViolated).ShouldBe((5, 8, 0.625, true));
    }

    [Theory]
    [InlineData(1, 3, 6, false)]
    [InlineData(2, 3, 5, false)] // senior 20 %: exactly 10 points off is still within
    [InlineData(3, 3, 4, true)]
    public void Band_ratio_is_violated_when_a_band_is_more_than_ten_points_off(int senior, int middle, int junior, bool violated)
    {
        // Arrange: bands 1–4 / 5–7 / 8–13 (levels 4, 7 and 12 stand for them).
        var posts = Posts(PostCategory.Professional, 4, senior).Concat(Posts(PostCategory.Professional, 7, middle)).Concat(Posts(PostCategory.Professional, 12, junior)).ToList();

        // Act
        var result = StaffingMixEvaluator.Evaluate(Rule(StaffingMixRuleKind.LevelBandRatio, null, null, [1, 3, 6], null), posts);

        // Assert
        result.Bands.ShouldBe([senior, middle, junior]);
        result.IsViolated.ShouldBe(violated);
    }

    [Fact]
    public void Skilled_levels_one_and_two_are_capped_among_skilled_posts_only()
    {
        // Arrange: 1 of 4 skilled posts is level 2 (25 %), management posts do not count.
        var posts = Posts(PostCategory.Skilled, 2, 1).Concat(Posts(PostCategory.Skilled, 3, 3)).Concat(Posts(PostCategory.Management, 9, 10)).ToList();
        var rule = Rule(StaffingMixRuleKind.MaxSkilledLowLevelShare, null, null, null, 0.25);

        // Act
        var atLimit = StaffingMixEvaluator.Evaluate(rule, posts);
        var over = StaffingMixEvaluator.Evaluate(rule, [.. posts, .. Posts(PostCategory.Skilled, 1, 1)]);

        // Assert
        (atLimit.Count, atLimit.Total, atLimit.IsViolated).ShouldBe((1, 4, false));
        (over.Count, over.Total, over.IsViolated).ShouldBe((2, 5, true));
    }

    [Fact]
    public void A_rule_with_nothing_to_measure_is_not_violated()
    {
        StaffingMixEvaluator.Evaluate(Rule(StaffingMixRuleKind.MinCategoryShare, PostCategory.Professional, 0.7, null, null), []).IsViolated.ShouldBeFalse();
    }

    private static StaffingMixRule Rule(StaffingMixRuleKind kind, PostCategory? category, double? minShare, int[]? bands, double? maxShare) =>
        new(Guid.NewGuid(), Zone, Unit, kind, category, minShare, bands, maxShare);

    private static IEnumerable<Post> Posts(PostCategory category, int level, int count) =>
        Enumerable.Range(0, count).Select(i => new Post(
            Guid.NewGuid(), Zone, Unit, $"P{level}-{i}-{Guid.NewGuid():N}"[..20], "岗位", "Post", category, level, StaffingType.PublicInstitution, LeadershipRole.None, 1m));
}
