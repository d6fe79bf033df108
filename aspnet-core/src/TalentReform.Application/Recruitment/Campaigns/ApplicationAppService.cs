using TalentReform.Data;
using TalentReform.Excel;
using TalentReform.PersonalData;
using TalentReform.Users;
using TalentReform.Validation;

namespace TalentReform.Recruitment;

/// <summary>
/// 报名 and the pipeline of a position: stage moves (the aggregate refuses moves out of order), scores, the interview
/// shortlist, the ranking with 加试 and 递补. The rules decide (<see cref="AvoidanceCheck"/>, <see cref="InterviewShortlist"/>,
/// <see cref="Ranking"/>, <see cref="ReplacementSelector"/>); this service reads the candidates and records their answers.
/// </summary>
public class ApplicationAppService(
    IApplicationRepository applications,
    IRepository<RecruitmentCampaign> campaigns,
    IRepository<CampaignExaminer> examiners,
    ApplicationManager manager,
    ICurrentUser currentUser,
    PersonalDataMasking masking,
    IAsyncQueryableExecuter executer,
    TimeProvider clock,
    ExcelExchange excel,
    ApplicationScoreImporter importer) : IApplicationAppService
{
    public async Task<ApplicationRegistrationDto> RegisterAsync(RegisterApplicationDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(input.CampaignId!.Value, cancellationToken);
        var position = campaign.GetPosition(input.PositionId!.Value);
        if (!input.PledgeSigned)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationPledgeRequired);
        }

        // 回避: a refusing relation stops the registration; a same-unit one is stored on the relative for HR to review.
        var checkedRelatives = input.Relatives.Select(r => (Input: r, Checked: r.OrgUnitId is null
            ? null
            : new AvoidanceRelative(r.Name, r.Relation!.Value, r.OrgUnitId.Value, r.LeadsUnit, r.DirectLineWithPost))).ToList();
        var avoidance = AvoidanceCheck.Check(
            new AvoidancePost(position.OrgUnitId, input.PostFunctionArea), checkedRelatives.Where(r => r.Checked is not null).Select(r => r.Checked!));
        avoidance.EnsureNotRefused();

        var now = clock.GetUtcNow();
        var candidate = new CandidateSnapshot(
            input.Name, input.IdNumber, input.Phone, input.BirthDate!.Value, input.Degree, input.Major, input.ProfessionalTitle,
            input.YearsOfExperience, input.HouseholdRegistration);
        var relatives = checkedRelatives.Select(r => new RelativeDeclaration(
            r.Input.Relation!.Value, r.Input.Name, r.Input.OrgUnitId, r.Input.UnitName, r.Input.LeadsUnit,
            avoidance.Findings.FirstOrDefault(f => !f.Refuses && ReferenceEquals(f.Relative, r.Checked))?.Reason)).ToList();
        var application = await manager.OpenAsync(campaign, position.Id, candidate, now, relatives, DateBounds.Today(clock), now, cancellationToken);

        // The unique (campaign, 身份证号) index turns a racing duplicate into a 409 here.
        await applications.SaveChangesAsync(cancellationToken);
        return (await ToDtoAsync(application, cancellationToken)).ToRegistrationDto(avoidance);
    }

    public async Task<IReadOnlyList<ApplicationDto>> GetListAsync(GetApplicationsInput input, CancellationToken cancellationToken = default)
    {
        var query = applications.GetDetachedQueryable();
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(a => a.CampaignId == campaignId);
        }

        if (input.PositionId is { } positionId)
        {
            query = query.Where(a => a.PositionId == positionId);
        }

        if (input.Stage is { } stage)
        {
            query = query.Where(a => a.Stage == stage);
        }

        if (input.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        var list = await executer.ToListAsync(query.OrderBy(a => a.CandidateName), cancellationToken);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        return list.OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.CandidateName, StringComparer.Ordinal).Select(a => ToDto(a, view)).ToList();
    }

    public async Task<ApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await applications.GetAsync(id, cancellationToken), cancellationToken);

    public Task<ApplicationDto> AdvanceAsync(Guid id, AdvanceApplicationDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (a, c, now) => a.Advance(c, input.To!.Value, now), cancellationToken);

    public Task<ApplicationDto> FailAsync(Guid id, FailApplicationDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (a, _, now) => a.Fail(input.Reason, now), cancellationToken);

    public async Task<ApplicationDto> EnterWrittenScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken = default)
    {
        var application = await applications.GetAsync(id, cancellationToken);
        var scoredBy = ExaminerPanel.EnsureMayScore(await ExaminersAsync(application.CampaignId, cancellationToken), input.ExaminerIds, application);
        return await ChangeAsync(application, (a, _, now) => a.RecordWrittenScore(input.Score!.Value, now, scoredBy), cancellationToken);
    }

    public async Task<ApplicationDto> EnterInterviewScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken = default)
    {
        var application = await applications.GetAsync(id, cancellationToken);
        var scoredBy = ExaminerPanel.EnsureMayScore(await ExaminersAsync(application.CampaignId, cancellationToken), input.ExaminerIds, application);
        return await ChangeAsync(application, (a, _, now) => a.RecordInterviewScore(input.Score!.Value, now, scoredBy), cancellationToken);
    }

    /// <summary>HR's review of the 回避 flags, recorded with the reviewer.</summary>
    public async Task<ApplicationDto> ReviewAvoidanceAsync(Guid id, ReviewAvoidanceDto input, CancellationToken cancellationToken = default)
    {
        var application = await applications.GetAsync(id, cancellationToken);
        return await ChangeAsync(
            application, (a, _, now) => a.ReviewAvoidance(currentUser.Id!.Value, currentUser.UserName ?? currentUser.Id.Value.ToString(), input.Note, now),
            cancellationToken);
    }

    public Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(excel.Template(importer, "application-scores"));

    /// <summary>成绩导入 through the platform's Excel import: all rows or none, a dry run only checks.</summary>
    public async Task<ImportResultDto> ImportScoresAsync(Guid campaignId, Stream file, bool dryRun, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, cancellationToken);
        importer.CampaignId = campaign.Id;
        return await excel.ImportAsync(file, dryRun, importer, ApplyScoresAsync, cancellationToken);
    }

    /// <summary>面试入围: those the shortlist admits (ties at the cut-off included) move on to 资格复审/面试.</summary>
    public async Task<InterviewShortlistDto> ShortlistAsync(PositionRefDto input, CancellationToken cancellationToken = default)
    {
        var (campaign, position) = await PositionAsync(input, cancellationToken);
        var atExam = await ActiveAsync(input, RecruitmentStage.WrittenExam, cancellationToken);
        var result = InterviewShortlist.Select(
            atExam.Select(a => new WrittenResult(a.Id, a.WrittenScore)), position.Places,
            position.InterviewRatio ?? RecruitmentDefaults.InterviewRatio, position.WrittenPassLine ?? RecruitmentDefaults.PassLine);
        var now = clock.GetUtcNow();
        var admitted = result.Admitted.Select(r => r.CandidateId).ToHashSet();
        foreach (var application in atExam.Where(a => admitted.Contains(a.Id)))
        {
            application.Advance(campaign, RecruitmentStage.QualificationRechecked, now);
        }

        await applications.SaveChangesAsync(cancellationToken);
        return result.ToDto();
    }

    /// <summary>
    /// 总成绩/排名: totals with the position's weights, scale and rounding (<see cref="ScoreCalculator"/>), ranked by
    /// <see cref="Ranking"/> with the 加试 scores given; candidates tied across the last place are flagged for a 加试.
    /// Those below the interview pass line get no rank (HR fails them).
    /// </summary>
    public async Task<RankingDto> RankAsync(RankPositionDto input, CancellationToken cancellationToken = default)
    {
        var (campaign, position) = await PositionAsync(input, cancellationToken);
        var pool = (await ActiveAsync(input, RecruitmentStage.Interview, cancellationToken))
            .Concat(await ActiveAsync(input, RecruitmentStage.Ranked, cancellationToken))
            .Where(a => a.InterviewScore is not null)
            .ToList();
        var byId = pool.ToDictionary(a => a.Id);
        var result = Ranking.Rank(
            pool.Select(a => new RankingCandidate(a.Id, Total(position, a), a.WrittenScore, a.InterviewScore!.Value)),
            position.Places, position.InterviewPassLine, input.ExtraTestScores.Where(e => byId.ContainsKey(e.Key)).ToDictionary());
        var now = clock.GetUtcNow();
        var tie = result.TieAtLastPlace.ToHashSet();
        foreach (var ranked in result.Ranked)
        {
            byId[ranked.CandidateId].RecordRanking(campaign, ranked.Total, ranked.Rank, tie.Contains(ranked.CandidateId), now);
        }

        await applications.SaveChangesAsync(cancellationToken);
        return result.ToDto(byId.ToDictionary(a => a.Key, a => a.Value.CandidateName));
    }

    /// <summary>
    /// 递补 for the place <paramref name="id"/> left (failed or withdrew after the ranking): the next in rank of the same
    /// position (<see cref="ReplacementSelector"/>, under the notice's policy) enters 体检/考察 as its replacement.
    /// </summary>
    public async Task<ReplacementDto> ReplaceAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var left = await applications.GetAsync(id, cancellationToken);
        if (left.Status is not (ApplicationStatus.Failed or ApplicationStatus.Withdrawn) || left.Rank is null)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationNotReplaceable, left.CandidateName, Localization.LocalizedEnum.Of(left.Status));
        }

        var campaign = await campaigns.GetAsync(left.CampaignId, cancellationToken);
        var position = campaign.GetPosition(left.PositionId);
        var all = await executer.ToListAsync(
            applications.GetQueryable().Where(a => a.CampaignId == left.CampaignId && a.PositionId == left.PositionId && a.Rank != null), cancellationToken);

        // The place's history: how often it was already filled from the list (the chain of replacements ending at id).
        var replacements = 0;
        for (var current = left; current.ReplacesApplicationId is { } earlier; current = all.First(a => a.Id == earlier))
        {
            replacements++;
        }

        if (all.Any(a => a.ReplacesApplicationId == left.Id))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationNotReplaceable, left.CandidateName, Localization.LocalizedEnum.Of(left.Status));
        }

        // Ranked order is the recorded one; only those still waiting at 总成绩/排名 may be offered the place.
        var ranked = all.OrderBy(a => a.Rank).Select(a => new RankedCandidate(a.Id, a.Rank!.Value, a.TotalScore!.Value, a.WrittenScore, null, false)).ToList();
        var taken = all.Where(a => !(a.IsActive && a.Stage == RecruitmentStage.Ranked)).Select(a => a.Id).ToHashSet();
        var result = ReplacementSelector.Next(ranked, taken, position.ReplacementPolicy, replacements);
        if (!result.Selected)
        {
            return result.ToDto(null);
        }

        var replacement = all.Single(a => a.Id == result.CandidateId);
        replacement.EnterAsReplacement(campaign, left.Id, clock.GetUtcNow());
        await applications.SaveChangesAsync(cancellationToken);
        return result.ToDto(await ToDtoAsync(replacement, cancellationToken));
    }

    private async Task<ApplicationDto> ApplyScoresAsync(ImportScoreRow row, CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(row.ApplicationId, cancellationToken);
        var scoredBy = ExaminerPanel.EnsureMayScore(await ExaminersAsync(application.CampaignId, cancellationToken), row.ExaminerIds, application);
        var now = clock.GetUtcNow();
        if (row.WrittenScore is { } written)
        {
            application.RecordWrittenScore(written, now, scoredBy);
        }

        if (row.InterviewScore is { } interview)
        {
            application.RecordInterviewScore(interview, now, scoredBy);
        }

        await applications.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(application, cancellationToken);
    }

    private async Task<ApplicationDto> ChangeAsync(Guid id, Action<Application, RecruitmentCampaign, DateTimeOffset> change, CancellationToken cancellationToken) =>
        await ChangeAsync(await applications.GetAsync(id, cancellationToken), change, cancellationToken);

    private async Task<List<CampaignExaminer>> ExaminersAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await executer.ToListAsync(examiners.GetDetachedQueryable().Where(e => e.CampaignId == campaignId), cancellationToken);

    private async Task<ApplicationDto> ChangeAsync(Application application, Action<Application, RecruitmentCampaign, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetAsync(application.CampaignId, cancellationToken);
        change(application, campaign, clock.GetUtcNow());
        await applications.UpdateAsync(application, cancellationToken);
        await applications.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(application, cancellationToken);
    }

    private async Task<(RecruitmentCampaign Campaign, CampaignPosition Position)> PositionAsync(PositionRefDto input, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetAsync(input.CampaignId!.Value, cancellationToken);
        return (campaign, campaign.GetPosition(input.PositionId!.Value));
    }

    private async Task<List<Application>> ActiveAsync(PositionRefDto input, RecruitmentStage stage, CancellationToken cancellationToken) =>
        await executer.ToListAsync(
            applications.GetQueryable().Where(a => a.CampaignId == input.CampaignId && a.PositionId == input.PositionId
                && a.Status == ApplicationStatus.Active && a.Stage == stage),
            cancellationToken);

    private static decimal Total(CampaignPosition position, Application a) =>
        ScoreCalculator.Total(position.Method, a.WrittenScore, a.InterviewScore!.Value, position.WrittenWeightPercent ?? 0, position.ScoreDecimals, position.ScoreRounding);

    private async Task<ApplicationDto> ToDtoAsync(Application application, CancellationToken cancellationToken) =>
        ToDto(application, await masking.ForCurrentUserAsync(cancellationToken));

    private static ApplicationDto ToDto(Application a, PersonalDataView view) => a.ToDto() with
    {
        IdNumber = view.Show<Application>(nameof(Application.IdNumber), a.IdNumber)!,
        Phone = view.Show<Application>(nameof(Application.Phone), a.Phone),
    };
}
