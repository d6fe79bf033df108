using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>Opens applications: one per candidate (身份证号) per campaign, only while the campaign's registration is open.</summary>
public class ApplicationManager(IApplicationRepository applications)
{
    /// <summary>
    /// Registers <paramref name="candidate"/> for a position of <paramref name="campaign"/> on <paramref name="today"/>
    /// (China date). A candidate who withdrew or failed still holds the campaign's one application. The database's
    /// unique index on (campaign, 身份证号) closes the race between two simultaneous registrations.
    /// </summary>
    public async Task<Application> OpenAsync(
        RecruitmentCampaign campaign, Guid positionId, CandidateSnapshot candidate, DateTimeOffset? pledgeSignedAt,
        IReadOnlyList<RelativeDeclaration> relatives, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!campaign.IsRegistrationOpen(today))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationRegistrationClosed, campaign.Code, campaign.RegistrationStart, campaign.RegistrationEnd, today);
        }

        var position = campaign.GetPosition(positionId);
        if (position.IsCancelled)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPositionCancelled, position.Code);
        }

        var idNumber = Person.NormalizeIdNumber(candidate.IdNumber);
        if (await applications.FindIdByIdNumberAsync(campaign.Id, idNumber, cancellationToken) is not null)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ApplicationDuplicate, campaign.Code);
        }

        var application = new Application(
            Guid.NewGuid(), campaign.ZoneId!.Value, campaign.Id, positionId, candidate with { IdNumber = idNumber }, pledgeSignedAt, relatives, now);
        await applications.InsertAsync(application, cancellationToken);
        return application;
    }
}
