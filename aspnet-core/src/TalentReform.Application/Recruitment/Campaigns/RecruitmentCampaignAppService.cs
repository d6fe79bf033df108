using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘公告: drafts from plan lines, publication over the notice period, 变更公告, close/cancel, and the 开考比例 decision
/// per position (qualified applicants counted here, decided by <see cref="OpeningRatioCheck"/>).
/// </summary>
public class RecruitmentCampaignAppService(
    IRepository<RecruitmentCampaign> campaigns,
    IRepository<RecruitmentPlan> plans,
    IApplicationRepository applications,
    RecruitmentCampaignManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : IRecruitmentCampaignAppService
{
    public async Task<IReadOnlyList<RecruitmentCampaignDto>> GetListAsync(GetRecruitmentCampaignsInput input, CancellationToken cancellationToken = default)
    {
        var query = campaigns.GetDetachedQueryable();
        if (input.Year is { } year)
        {
            query = query.Where(c => c.Year == year);
        }

        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        var list = await executer.ToListAsync(query.OrderByDescending(c => c.Year).ThenBy(c => c.Code), cancellationToken);
        return list.Select(c => c.ToDto()).ToList();
    }

    public async Task<RecruitmentCampaignDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await campaigns.GetAsync(id, cancellationToken)).ToDto();

    public async Task<RecruitmentCampaignDto> CreateAsync(CreateRecruitmentCampaignDto input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var campaign = new RecruitmentCampaign(
            Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), input.Year, input.Code, input.TitleZh, input.TitleEn, input.RecruitmentPlanId!.Value,
            input.RegistrationStart!.Value, input.RegistrationEnd!.Value, now);
        Apply(campaign, input, now);
        // The plan first: another zone's plan is a 404 whatever else is wrong, so the answer says nothing of that zone.
        await EnsureWithinPlanAsync(campaign, cancellationToken);
        await EnsureCodeFreeAsync(campaign.Code, null, cancellationToken);
        await campaigns.InsertAsync(campaign, cancellationToken);
        await campaigns.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }

    public async Task<RecruitmentCampaignDto> UpdateAsync(Guid id, UpdateRecruitmentCampaignDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        campaign.ConcurrencyStamp = input.ConcurrencyStamp ?? campaign.ConcurrencyStamp;
        var now = clock.GetUtcNow();
        await EnsureCodeFreeAsync(input.Code.Trim(), id, cancellationToken);
        campaign.SetDetails(input.Year, input.Code, input.TitleZh, input.TitleEn, now);
        Apply(campaign, input, now);
        await EnsureWithinPlanAsync(campaign, cancellationToken);
        await campaigns.UpdateAsync(campaign, cancellationToken);
        await campaigns.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }

    public async Task<RecruitmentCampaignDto> PublishAsync(Guid id, PublishRecruitmentCampaignDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        await manager.PublishAsync(campaign, input.PublishedOn!.Value, input.NoticeEndsOn!.Value, currentUser.Id!.Value, clock.GetUtcNow(), cancellationToken);
        return await SaveAsync(campaign, cancellationToken);
    }

    public async Task<RecruitmentCampaignDto> AmendAsync(Guid id, AmendRecruitmentCampaignDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        campaign.Amend(input.Reason, currentUser.Id!.Value, currentUser.UserName ?? "", now, c =>
        {
            c.SetRegistration(input.RegistrationStart!.Value, input.RegistrationEnd!.Value, c.AgeReferenceDate, now);
            c.SetStageDates(input.WrittenExamOn, input.InterviewOn, input.MedicalOn, input.AssessmentOn, now);
            foreach (var positionId in input.CancelledPositionIds.Distinct())
            {
                c.RemovePosition(positionId, now);
            }
        });
        return await SaveAsync(campaign, cancellationToken);
    }

    public async Task<RecruitmentCampaignDto> CloseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        campaign.Close(clock.GetUtcNow());
        return await SaveAsync(campaign, cancellationToken);
    }

    public async Task<RecruitmentCampaignDto> CancelAsync(Guid id, CancelRecruitmentCampaignDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        campaign.Cancel(input.Reason, clock.GetUtcNow());
        return await SaveAsync(campaign, cancellationToken);
    }

    /// <summary>A draft records the approved exemption directly; a published notice only through a 变更公告 giving its reason.</summary>
    public async Task<RecruitmentCampaignDto> SetExemptionAsync(Guid id, Guid positionId, OpeningRatioExemptionDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        var exemption = new OpeningRatioExemption(input.Reason, input.ApprovalReference, input.ApprovedOn!.Value);
        if (campaign.Status == RecruitmentCampaignStatus.Draft)
        {
            campaign.SetOpeningRatioExemption(positionId, exemption, now);
        }
        else
        {
            campaign.Amend(input.Reason, currentUser.Id!.Value, currentUser.UserName ?? "", now, c => c.SetOpeningRatioExemption(positionId, exemption, now));
        }

        return await SaveAsync(campaign, cancellationToken);
    }

    /// <summary>
    /// 开考比例: counts the position's qualified applicants (active, past 资格初审), lets <see cref="OpeningRatioCheck"/>
    /// decide (met, exempted, places cut, or cancelled) and records the decision on the position.
    /// </summary>
    public async Task<OpeningRatioDecisionDto> DecideOpeningRatioAsync(Guid id, Guid positionId, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(id, cancellationToken);
        var position = campaign.GetPosition(positionId);
        var qualified = await executer.CountAsync(
            applications.GetQueryable().Where(a => a.CampaignId == id && a.PositionId == positionId
                && a.Status == ApplicationStatus.Active && a.Stage == RecruitmentStage.QualificationPassed),
            cancellationToken);
        var result = OpeningRatioCheck.Evaluate(
            position.Places, qualified, position.Method, position.OpeningRatioShortfall ?? OpeningRatioShortfall.ReducePlaces,
            position.OpeningRatio ?? RecruitmentDefaults.OpeningRatio, position.Exemption);
        campaign.DecideOpeningRatio(positionId, qualified, result.PlacesKept, currentUser.Id!.Value, clock.GetUtcNow());
        var dto = await SaveAsync(campaign, cancellationToken);
        return result.ToDto(dto.Positions.Single(p => p.Id == positionId));
    }

    private async Task<RecruitmentCampaignDto> SaveAsync(RecruitmentCampaign campaign, CancellationToken cancellationToken)
    {
        await campaigns.UpdateAsync(campaign, cancellationToken);
        await campaigns.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }

    private static void Apply(RecruitmentCampaign campaign, UpdateRecruitmentCampaignDto input, DateTimeOffset now)
    {
        campaign.SetMinimumPeriods(input.NoticeWorkingDays, input.MinRegistrationDays, now);
        campaign.SetRegistration(input.RegistrationStart!.Value, input.RegistrationEnd!.Value, input.AgeReferenceDate, now);
        campaign.SetStageDates(input.WrittenExamOn, input.InterviewOn, input.MedicalOn, input.AssessmentOn, now);

        // Positions match by plan line: kept ones are updated, dropped ones removed, new ones added.
        var wanted = input.Positions.Select(p => p.PlanLineId!.Value).ToHashSet();
        foreach (var gone in campaign.Positions.Where(p => !wanted.Contains(p.PlanLineId)).Select(p => p.Id).ToList())
        {
            campaign.RemovePosition(gone, now);
        }

        foreach (var position in input.Positions)
        {
            var spec = position.ToSpec();
            var existing = campaign.Positions.FirstOrDefault(p => p.PlanLineId == spec.PlanLineId);
            if (existing is null)
            {
                campaign.AddPosition(spec, now);
            }
            else
            {
                campaign.UpdatePosition(existing.Id, spec.Code, spec.Name, spec.Places, spec.Requirements, spec.Scoring, now);
            }
        }
    }

    /// <summary>The plan is approved and the positions fit its lines, with the places other campaigns of the plan hold (<see cref="CampaignPlanCheck"/>).</summary>
    private async Task EnsureWithinPlanAsync(RecruitmentCampaign campaign, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(campaign.RecruitmentPlanId, cancellationToken);
        var others = await executer.ToListAsync(
            campaigns.GetDetachedQueryable().Where(c => c.RecruitmentPlanId == plan.Id && c.Id != campaign.Id && c.Status != RecruitmentCampaignStatus.Cancelled),
            cancellationToken);
        var placesElsewhere = others.SelectMany(c => c.Positions).Where(p => !p.IsCancelled)
            .GroupBy(p => p.PlanLineId).ToDictionary(g => g.Key, g => g.Sum(p => p.Places));
        CampaignPlanCheck.Ensure(plan, campaign, placesElsewhere);
    }

    private async Task EnsureCodeFreeAsync(string code, Guid? id, CancellationToken cancellationToken)
    {
        if (await campaigns.AnyAsync(c => c.Code == code && c.Id != id, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.CampaignCodeDuplicate, code);
        }
    }
}
