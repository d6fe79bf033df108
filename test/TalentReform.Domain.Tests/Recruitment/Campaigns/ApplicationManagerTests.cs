using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

public class ApplicationManagerTests
{
    // Registration 2026-03-18 to 03-24 (both days included).
    private static readonly DateOnly Open = new(2026, 3, 18);

    [Fact]
    public async Task A_candidate_applies_once_per_campaign_by_id_number()
    {
        var campaign = await PublishedAsync();
        var repository = new InMemoryApplicationRepository();
        var manager = new ApplicationManager(repository);

        var application = await manager.OpenAsync(campaign, campaign.Position("A01").Id, Candidate("21020319900101123x"), Now, [], Open, Now);

        (application.ZoneId, application.CampaignId, application.IdNumber, application.PledgeSignedAt, application.Status)
            .ShouldBe(((Guid?)ZoneId, campaign.Id, "21020319900101123X", Now, ApplicationStatus.Active));
        repository.All.ShouldBe([application]);

        // The same person (check character typed lower-case), another position: refused with 409; a withdrawal does not free the slot.
        application.Withdraw("个人原因", Now);
        var duplicate = await Should.ThrowAsync<BusinessException>(() => manager.OpenAsync(campaign, campaign.Position("B01").Id, Candidate("21020319900101123x"), Now, [], Open, Now));
        (duplicate.Code, duplicate.Status).ShouldBe((TalentReformErrorCodes.ApplicationDuplicate, 409));

        // Another campaign takes the same person.
        var other = await PublishedAsync();
        await manager.OpenAsync(other, other.Position("A01").Id, Candidate("21020319900101123X"), Now, [], Open, Now);
        repository.All.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("2026-03-17")]
    [InlineData("2026-03-25")]
    public async Task Registration_outside_the_window_is_refused(string today)
    {
        var campaign = await PublishedAsync();
        var manager = new ApplicationManager(new InMemoryApplicationRepository());

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            manager.OpenAsync(campaign, campaign.Position("A01").Id, Candidate(), Now, [], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Now));

        refused.Code.ShouldBe(TalentReformErrorCodes.ApplicationRegistrationClosed);
        await manager.OpenAsync(campaign, campaign.Position("A01").Id, Candidate(), Now, [], new DateOnly(2026, 3, 24), Now);
    }

    [Fact]
    public async Task A_draft_campaign_a_cancelled_position_and_a_missing_pledge_are_refused()
    {
        var manager = new ApplicationManager(new InMemoryApplicationRepository());
        var draft = Draft();
        (await Should.ThrowAsync<BusinessException>(() => manager.OpenAsync(draft, draft.Position("A01").Id, Candidate(), Now, [], Open, Now))).Code
            .ShouldBe(TalentReformErrorCodes.ApplicationRegistrationClosed);

        var campaign = await PublishedAsync();
        var position = campaign.Position("A01");
        campaign.Amend("取消岗位", HrId, "hr", Now, c => c.RemovePosition(position.Id, Now));
        (await Should.ThrowAsync<BusinessException>(() => manager.OpenAsync(campaign, position.Id, Candidate(), Now, [], Open, Now))).Code
            .ShouldBe(TalentReformErrorCodes.CampaignPositionCancelled);

        var noPledge = await Should.ThrowAsync<BusinessException>(() => manager.OpenAsync(campaign, campaign.Position("B01").Id, Candidate(), null, [], Open, Now));
        noPledge.Code.ShouldBe(TalentReformErrorCodes.ApplicationPledgeRequired);
    }
}
