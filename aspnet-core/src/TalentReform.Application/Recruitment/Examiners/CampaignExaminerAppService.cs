using TalentReform.Data;
using TalentReform.PersonalData;

namespace TalentReform.Recruitment;

/// <summary>
/// The examination panel of a campaign: examiners registered with their declared relations, listed (身份证号 masked
/// for callers without the permission) and removed while they have scored no one.
/// </summary>
public class CampaignExaminerAppService(
    IRepository<CampaignExaminer> examiners,
    IRepository<RecruitmentCampaign> campaigns,
    IApplicationRepository applications,
    PersonalDataMasking masking,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : ICampaignExaminerAppService
{
    public async Task<IReadOnlyList<CampaignExaminerDto>> GetListAsync(Guid campaignId, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, cancellationToken);
        var list = await executer.ToListAsync(examiners.GetDetachedQueryable().Where(e => e.CampaignId == campaign.Id).OrderBy(e => e.Code), cancellationToken);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        return list.Select(e => ToDto(e, view)).ToList();
    }

    public async Task<CampaignExaminerDto> AddAsync(Guid campaignId, AddCampaignExaminerDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, cancellationToken);
        var code = input.Code.Trim().ToUpperInvariant();
        if (await examiners.AnyAsync(e => e.CampaignId == campaign.Id && e.Code == code, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ExaminerCodeDuplicate, code);
        }

        var examiner = new CampaignExaminer(
            Guid.NewGuid(), campaign.ZoneId!.Value, campaign.Id, code, input.Name, input.IdNumber, input.Organization,
            input.Relatives.Select(r => new ExaminerRelativeDeclaration(r.Relation!.Value, r.Name, r.IdNumber)).ToList(), clock.GetUtcNow());
        await examiners.InsertAsync(examiner, cancellationToken);

        // The unique (campaign, code) index turns a racing duplicate into a 409 here.
        await examiners.SaveChangesAsync(cancellationToken);
        return ToDto(examiner, await masking.ForCurrentUserAsync(cancellationToken));
    }

    public async Task RemoveAsync(Guid campaignId, Guid examinerId, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(campaignId, cancellationToken);
        var examiner = await examiners.GetAsync(examinerId, cancellationToken);
        if (examiner.CampaignId != campaign.Id)
        {
            throw new EntityNotFoundException("Entity:" + nameof(CampaignExaminer), examinerId);
        }

        // Scores keep naming who gave them: an examiner who scored stays on the panel.
        var scored = await executer.ToListAsync(applications.GetDetachedQueryable().Where(a => a.CampaignId == campaign.Id), cancellationToken);
        if (scored.Any(a => a.WrittenExaminerIds.Contains(examinerId) || a.InterviewExaminerIds.Contains(examinerId)))
        {
            throw new BusinessException(TalentReformErrorCodes.ExaminerHasScored, examiner.Code);
        }

        await examiners.DeleteAsync(examiner, cancellationToken);
        await examiners.SaveChangesAsync(cancellationToken);
    }

    private static CampaignExaminerDto ToDto(CampaignExaminer e, PersonalDataView view) => e.ToDto() with
    {
        IdNumber = view.Show<CampaignExaminer>(nameof(CampaignExaminer.IdNumber), e.IdNumber)!,
        Relatives = e.Relatives.Select(r => r.ToDto() with { IdNumber = view.Show<ExaminerRelative>(nameof(ExaminerRelative.IdNumber), r.IdNumber)! }).ToList(),
    };
}
