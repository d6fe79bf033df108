using TalentReform.Localization;

namespace TalentReform.Organization;

public class LeadershipQuotaTests
{
    [Fact]
    public void A_quota_below_the_existing_leadership_posts_is_refused()
    {
        // Arrange
        var quota = new LeadershipQuota(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, 2);

        // Act + Assert
        var error = ((Action)(() => quota.Set(1, 1, headPosts: 1, deputyPosts: 2))).ShouldBeRefusedWith(TalentReformErrorCodes.LeadershipQuotaBelowUsage);
        error.Message(LocalizationCultures.Default).ShouldBe("副职职数不能减到 1：已设置 2 个副职岗位。");
        quota.Deputies.ShouldBe(2);
    }

    [Fact]
    public void Limits_are_per_role_and_unlimited_for_non_leaders()
    {
        // Arrange
        var quota = new LeadershipQuota(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, 4);

        // Assert
        quota.LimitOf(LeadershipRole.Head).ShouldBe(1);
        quota.LimitOf(LeadershipRole.Deputy).ShouldBe(4);
        quota.LimitOf(LeadershipRole.None).ShouldBe(int.MaxValue);
    }
}
