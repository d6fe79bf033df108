namespace TalentReform.Recruitment;

/// <summary>
/// Work a hire starts elsewhere in the product (the candidate's own account becoming the talent's, the 一件事 onboarding
/// bundle): each implementation stages its changes on the hire's unit of work, so the hire and everything it starts
/// are saved together or not at all. Registered as <c>IEnumerable</c>; run in registration order after the hire is staged.
/// </summary>
public interface IHireFollowUp
{
    Task OnHiredAsync(Hire hire, Application application, RecruitmentCampaign campaign, DateTimeOffset now, CancellationToken cancellationToken);
}
