using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Identity;
using TalentReform.Talents.Import;
using TalentReform.Users;

namespace TalentReform.Talents;

public class TalentCertificationAppService(
    IRepository<TalentCertification> certifications,
    IRepository<TalentProfile> profiles,
    IRepository<AppUser> users,
    ExcelExchange excel,
    TalentCertificationImporter importer,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : ITalentCertificationAppService
{
    private const string ExcelResource = "talent-certifications";

    public async Task<PagedResultDto<TalentCertificationDto>> GetListAsync(GetTalentCertificationsInput input, CancellationToken cancellationToken = default)
    {
        var query = certifications.GetDetachedQueryable();
        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (input.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (input.ProfileId is { } profileId)
        {
            query = query.Where(c => c.ProfileId == profileId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(
            query.OrderBy(c => c.Status == TalentCertificationStatus.Pending ? 0 : 1).ThenByDescending(c => c.AppliedAt).ThenBy(c => c.CertificateNo)
                .Skip(input.SkipCount).Take(input.MaxResultCount),
            cancellationToken);
        return new PagedResultDto<TalentCertificationDto>(total, await ToDtosAsync(items, cancellationToken));
    }

    public async Task<TalentCertificationDto> CreateAsync(CreateTalentCertificationDto input, CancellationToken cancellationToken = default) =>
        await CreateAsync(input, TalentCertificationSource.Application, cancellationToken);

    public async Task<TalentCertificationDto> ApproveAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken = default)
    {
        var certification = await certifications.GetAsync(id, cancellationToken);
        certification.ConcurrencyStamp = input.ConcurrencyStamp;
        var profile = await profiles.GetAsync(certification.ProfileId, cancellationToken);
        certification.Approve(profile, currentUser.Id, input.Comment, clock.ChinaToday(), clock.GetUtcNow());
        await certifications.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([certification], cancellationToken))[0];
    }

    public async Task<TalentCertificationDto> RejectAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Comment))
        {
            throw new BusinessException(TalentReformErrorCodes.CertificationCommentRequired);
        }

        var certification = await certifications.GetAsync(id, cancellationToken);
        certification.ConcurrencyStamp = input.ConcurrencyStamp;
        certification.Reject(currentUser.Id, input.Comment, clock.GetUtcNow());
        await certifications.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([certification], cancellationToken))[0];
    }

    public Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(excel.Template(importer, ExcelResource));

    public Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default) =>
        excel.ImportAsync(file, dryRun, importer, ImportRowAsync, cancellationToken);

    /// <summary>An imported certification was granted elsewhere already: it is recorded and approved at once.</summary>
    private async Task<TalentCertificationDto> ImportRowAsync(CreateTalentCertificationDto input, CancellationToken cancellationToken)
    {
        var created = await CreateAsync(input, TalentCertificationSource.Import, cancellationToken);
        return await ApproveAsync(created.Id, new DecideTalentCertificationDto { ConcurrencyStamp = created.ConcurrencyStamp }, cancellationToken);
    }

    private async Task<TalentCertificationDto> CreateAsync(CreateTalentCertificationDto input, TalentCertificationSource source, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(input.ProfileId, cancellationToken)
            ?? throw new BusinessException(TalentReformErrorCodes.CertificationProfileMissing, input.ProfileId);
        var number = input.CertificateNo.Trim();
        if (await certifications.AnyAsync(c => c.CertificateNo == number, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.CertificateNoExists, number);
        }

        var certification = new TalentCertification(
            Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), profile.Id, input.Level, input.CertifyingBody, input.CertifiedOn, input.ValidUntil, number, source,
            currentUser.Id, clock.GetUtcNow());
        await certifications.InsertAsync(certification, cancellationToken);
        await certifications.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([certification], cancellationToken))[0];
    }

    private async Task<List<TalentCertificationDto>> ToDtosAsync(IReadOnlyList<TalentCertification> items, CancellationToken cancellationToken)
    {
        var names = await profiles.NamesAsync(executer, items.Select(c => c.ProfileId), cancellationToken);
        var deciders = await users.NamesAsync(executer, items.Where(c => c.DecidedBy != null).Select(c => c.DecidedBy!.Value), cancellationToken);
        var today = clock.ChinaToday();
        return items.Select(c => c.ToDto(names.GetValueOrDefault(c.ProfileId) ?? "", c.DecidedBy is { } by ? deciders.GetValueOrDefault(by) : null, c.IsValidOn(today)))
            .ToList();
    }
}
