using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

public class PostTests
{
    [Theory]
    [InlineData(PostCategory.Management, 1, true)]
    [InlineData(PostCategory.Management, 10, true)]
    [InlineData(PostCategory.Management, 11, false)]
    [InlineData(PostCategory.Professional, 13, true)]
    [InlineData(PostCategory.Professional, 14, false)]
    [InlineData(PostCategory.Professional, 0, false)]
    [InlineData(PostCategory.Skilled, 5, true)]
    [InlineData(PostCategory.Skilled, 6, false)]
    [InlineData(PostCategory.Skilled, null, false)]
    [InlineData(PostCategory.Ordinary, null, true)]
    [InlineData(PostCategory.Ordinary, 1, false)]
    public void Levels_are_validated_per_category(PostCategory category, int? level, bool valid)
    {
        PostLevels.IsValid(category, level).ShouldBe(valid);
    }

    [Fact]
    public void A_level_outside_its_category_is_refused_with_the_allowed_range()
    {
        // Act + Assert
        var error = ((Action)(() => NewPost(PostCategory.Skilled, 6))).ShouldBeRefusedWith(TalentReformErrorCodes.PostLevelInvalid);
        error.Message(LocalizationCultures.Default).ShouldBe("工勤技能（技术工）岗位的等级 6 无效，应为 1–5 级。");
        error.Message(LocalizationCultures.English).ShouldBe("Level 6 is not valid for a skilled post; expected levels 1–5.");
    }

    [Fact]
    public void Filling_needs_a_vacant_unfrozen_post_and_vacating_frees_it()
    {
        // Arrange
        var post = NewPost(PostCategory.Professional, 7);

        // Act + Assert
        post.Status.ShouldBe(PostStatus.Vacant);
        post.Fill();
        post.Status.ShouldBe(PostStatus.Filled);
        ((Action)post.Fill).ShouldBeRefusedWith(TalentReformErrorCodes.PostIsFilled);
        ((Action)post.Freeze).ShouldBeRefusedWith(TalentReformErrorCodes.PostIsFilled);
        ((Action)(() => post.ChangeStaffingType(StaffingType.Contract))).ShouldBeRefusedWith(TalentReformErrorCodes.PostIsFilled);
        post.Vacate();
        post.Status.ShouldBe(PostStatus.Vacant);
        post.Freeze();
        ((Action)post.Fill).ShouldBeRefusedWith(TalentReformErrorCodes.PostIsFrozen);
        post.Unfreeze();
        post.Status.ShouldBe(PostStatus.Vacant);
    }

    [Fact]
    public void Duty_clauses_are_kept_distinct_and_exposed_read_only()
    {
        // Arrange
        var post = NewPost(PostCategory.Management, 8);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        // Act
        post.SetDutyClauses([a, b, a]);
        var kept = post.DutyClauses.Single(c => c.FunctionId == a);
        post.SetDutyClauses([a]);

        // Assert
        post.DutyClauses.Select(c => c.FunctionId).ShouldBe([a]);
        post.DutyClauses.Single().ShouldBeSameAs(kept);
        typeof(Post).GetProperty(nameof(Post.DutyClauses))!.PropertyType.ShouldBe(typeof(IReadOnlyList<PostDutyClause>));
    }

    [Fact]
    public void Fte_outside_a_tenth_to_one_is_a_programming_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NewPost(PostCategory.Management, 8, 0m));
        Should.Throw<ArgumentOutOfRangeException>(() => NewPost(PostCategory.Management, 8, 1.5m));
    }

    internal static Post NewPost(PostCategory category, int? level, decimal fte = 1m) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "P-001", "科员", "Officer", category, level, StaffingType.PublicInstitution, LeadershipRole.None, fte);
}
