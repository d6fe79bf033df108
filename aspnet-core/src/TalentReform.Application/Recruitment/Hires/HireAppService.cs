using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Talents;
using TalentReform.Users;

namespace TalentReform.Recruitment;

/// <summary>
/// 聘用 over HTTP: the seat preview, and the hire itself — person, appointment, 试用期, talent profile and the talent's
/// account — in one transaction; then an immediate 免申即享 run so the new talent's benefits show on the portal.
/// </summary>
public class HireAppService(
    IRepository<Hire> hires,
    IRepository<RecruitmentPublicity> publicities,
    IRepository<RecruitmentCampaign> campaigns,
    TalentIntake talents,
    IApplicationRepository applications,
    HireManager manager,
    UserManager<AppUser> userManager,
    MatchingRunStarter matching,
    IUnitOfWork unitOfWork,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : IHireAppService
{
    public async Task<IReadOnlyList<HireDto>> GetListAsync(GetHiresInput input, CancellationToken cancellationToken = default)
    {
        var query = hires.GetDetachedQueryable();
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(h => h.CampaignId == campaignId);
        }

        var items = await executer.ToListAsync(query.OrderByDescending(h => h.CreationTime), cancellationToken);
        return items.Select(h => h.ToDto()).ToList();
    }

    public async Task<HireSeatPreviewDto> GetPreviewAsync(GetHirePreviewInput input, CancellationToken cancellationToken = default)
    {
        var application = await applications.GetAsync(input.ApplicationId, cancellationToken);
        var campaign = await campaigns.GetAsync(application.CampaignId, cancellationToken);
        var seat = await manager.PreviewSeatAsync(application, campaign, cancellationToken);
        return seat.ToPreviewDto(application, campaign.GetPosition(application.PositionId));
    }

    public async Task<HireResultDto> CreateAsync(CreateHireDto input, CancellationToken cancellationToken = default)
    {
        var (hire, userName, password) = await unitOfWork.RunInTransactionAsync(
            async ct => (await HireInTransactionAsync(input, ct), true), cancellationToken);

        // After the commit: the run reads the new profile. A run already going for the zone is no error (the next one matches).
        Guid? runId = null;
        try
        {
            runId = (await matching.StartAsync(hire.ZoneId!.Value, currentUser.Id, cancellationToken)).Id;
        }
        catch (BusinessException e) when (e.Code == TalentReformErrorCodes.MatchingRunInProgress)
        {
        }

        return hire.ToResultDto(userName, password, runId);
    }

    private async Task<(Hire Hire, string UserName, string? Password)> HireInTransactionAsync(CreateHireDto input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await applications.GetAsync(input.ApplicationId, cancellationToken);
        var campaign = await campaigns.GetAsync(application.CampaignId, cancellationToken);
        var applicationId = application.Id;
        var publicity = await executer.FirstOrDefaultAsync(
                publicities.GetQueryable().Where(p => p.Status == RecruitmentPublicityStatus.Published && p.Entries.Any(e => e.ApplicationId == applicationId)),
                cancellationToken)
            ?? throw new BusinessException(TalentReformErrorCodes.HireApplicationNotReady, application.CandidateName, Localization.LocalizedEnum.Of(application.Stage));

        var hire = await manager.HireAsync(
            application, campaign, publicity, new HireTerms(input.StartsOn, input.ContractMonths, input.FirstEmployment), currentUser.Id!.Value, now,
            cancellationToken);

        // Saved here, inside the transaction, so the account below is created against the same staged hire.
        await hires.SaveChangesAsync(cancellationToken);
        if (await talents.FindUserAsync(hire.TalentProfileId, cancellationToken) is { } existing)
        {
            hire.LinkUser(existing);
            await hires.SaveChangesAsync(cancellationToken);
            return (hire, (await userManager.FindByIdAsync(existing.ToString()))?.UserName ?? "", null);
        }

        var password = InitialPasswords.New();
        var user = new AppUser(Guid.NewGuid(), UserNameOf(hire), application.CandidateName, hire.ZoneId, now);
        ThrowIfFailed(await userManager.CreateAsync(user, password));
        ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Talent));
        await talents.LinkUserAsync(hire.TalentProfileId, user.Id, cancellationToken);
        hire.LinkUser(user.Id);
        await hires.SaveChangesAsync(cancellationToken);
        return (hire, user.UserName!, password);
    }

    // Unique (the hire's id) and typeable: the talent signs in with it and may change nothing but the password.
    private static string UserNameOf(Hire hire) => "talent-" + hire.Id.ToString("N")[..10];

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessException(TalentReformErrorCodes.PasswordRejected, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
